"use client";
// Settings → Lifecycle: inactivity period, grace period and reminder days. A form posted to its
// server action (useActionState), so it works without JavaScript and before hydration; the
// action parses with the shared zod schema and answers with field errors and what was typed.
import { useActionState } from "react";
import { EMPTY_FORM_STATE, fieldError, formError, type FormSubmit } from "@/lib/authz/form-state";
import type { LifecycleSettingsInput } from "@/lib/lifecycle/settings-schema";
import { Button, Card, CardContent, FieldError, Input, Label } from "@/components/ui";

type Defaults = Record<keyof LifecycleSettingsInput, string>;

const FIELDS: { name: keyof Defaults; label: string; hint: string; suffix?: string }[] = [
  {
    name: "inactivityDays",
    label: "Inactivity period",
    hint: "Days without use after which a secret becomes Inactive.",
    suffix: "days",
  },
  {
    name: "graceDays",
    label: "Grace period",
    hint: "Days from Inactive (or from scheduling a deletion) to the deletion.",
    suffix: "days",
  },
  {
    name: "deletionReminderDays",
    label: "Reminder days",
    hint: "Days before a deletion date to send reminders, e.g. 15, 10, 1.",
  },
  {
    name: "expiryReminderDays",
    label: "Expiry reminder days",
    hint: "Days before an expiration date to send reminders, e.g. 30, 7, 1.",
  },
];

export function LifecycleSettingsForm({ defaults, action }: { defaults: Defaults; action: FormSubmit }) {
  const [state, submit, pending] = useActionState(action, EMPTY_FORM_STATE);
  const refusal = formError(state);
  // After a refusal the fields show what was typed; after a save, the saved settings.
  const shown = (name: keyof Defaults) =>
    (state.result?.ok === false ? state.values[name] : undefined) ?? defaults[name];

  return (
    <Card>
      <CardContent>
        <form action={submit} noValidate aria-busy={pending || undefined} className="space-y-4">
          {FIELDS.map((f) => {
            const error = fieldError(state, f.name);
            return (
              <div key={f.name}>
                <Label htmlFor={`lifecycle-${f.name}`}>{f.label}</Label>
                <div className="flex items-center gap-2">
                  <Input
                    id={`lifecycle-${f.name}`}
                    name={f.name}
                    // A new key per answer: React keeps an input's value across re-renders, so the
                    // field takes the answer's value as its new default.
                    key={`${f.name}:${shown(f.name)}`}
                    defaultValue={shown(f.name)}
                    inputMode={f.suffix ? "numeric" : "text"}
                    className={f.suffix ? "w-28" : "w-60"}
                    aria-invalid={!!error}
                    aria-describedby={`lifecycle-${f.name}-hint lifecycle-${f.name}-error`}
                  />
                  {f.suffix && <span className="text-sm text-zinc-600">{f.suffix}</span>}
                </div>
                <p id={`lifecycle-${f.name}-hint`} className="mt-1 text-xs text-zinc-500">
                  {f.hint}
                </p>
                <FieldError id={`lifecycle-${f.name}-error`}>{error}</FieldError>
              </div>
            );
          })}
          {refusal && (
            <p role="alert" className="text-sm text-red-700">
              {refusal}
            </p>
          )}
          <div className="flex items-center justify-end gap-3 border-t border-zinc-100 pt-4">
            {state.result?.ok && !pending && (
              <p role="status" className="text-sm text-emerald-700">
                Lifecycle settings saved.
              </p>
            )}
            <Button type="submit" pending={pending}>
              Save changes
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
