"use client";
// Settings → Lifecycle: inactivity period, grace period and reminder days. The same zod schema
// as the server action (zodResolver); field errors next to fields; input kept on refusal.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { lifecycleSettingsSchema, type LifecycleSettingsData, type LifecycleSettingsInput } from "@/lib/lifecycle/settings-schema";
import { Button, Card, CardContent, FieldError, Input, Label } from "@/components/ui";

type Values = LifecycleSettingsInput;
type Defaults = { inactivityDays: string; graceDays: string; deletionReminderDays: string; expiryReminderDays: string };
type Result = { ok: true; data: unknown } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

const FIELDS: { name: keyof Values; label: string; hint: string; suffix?: string }[] = [
  { name: "inactivityDays", label: "Inactivity period", hint: "Days without use after which a secret becomes Inactive.", suffix: "days" },
  { name: "graceDays", label: "Grace period", hint: "Days from Inactive (or from scheduling a deletion) to the deletion.", suffix: "days" },
  { name: "deletionReminderDays", label: "Reminder days", hint: "Days before a deletion date to send reminders, e.g. 15, 10, 1." },
  { name: "expiryReminderDays", label: "Expiry reminder days", hint: "Days before an expiration date to send reminders, e.g. 30, 7, 1." },
];

export function LifecycleSettingsForm({ defaults, action }: { defaults: Defaults; action: (v: Values) => Promise<Result> }) {
  const form = useForm<Values, unknown, LifecycleSettingsData>({
    resolver: zodResolver(lifecycleSettingsSchema),
    defaultValues: defaults,
  });
  const { register, handleSubmit, formState, setError, getValues } = form;
  const [saved, setSaved] = useState(false);

  const onSubmit = handleSubmit(async () => {
    setSaved(false);
    const result = await action(getValues());
    if (result.ok) return setSaved(true);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof Values, { message: messages[0] });
    setError("root", { message: result.error });
  });

  return (
    <Card>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {FIELDS.map((f) => {
            const error = formState.errors[f.name]?.message;
            return (
              <div key={f.name}>
                <Label htmlFor={`lifecycle-${f.name}`}>{f.label}</Label>
                <div className="flex items-center gap-2">
                  <Input
                    id={`lifecycle-${f.name}`}
                    inputMode={f.suffix ? "numeric" : "text"}
                    className={f.suffix ? "w-28" : "w-60"}
                    aria-invalid={!!error}
                    aria-describedby={`lifecycle-${f.name}-hint lifecycle-${f.name}-error`}
                    {...register(f.name, { onChange: () => setSaved(false) })}
                  />
                  {f.suffix && <span className="text-sm text-zinc-600">{f.suffix}</span>}
                </div>
                <p id={`lifecycle-${f.name}-hint`} className="mt-1 text-xs text-zinc-500">{f.hint}</p>
                <FieldError id={`lifecycle-${f.name}-error`}>{error}</FieldError>
              </div>
            );
          })}
          {formState.errors.root?.message && <p role="alert" className="text-sm text-red-700">{formState.errors.root.message}</p>}
          <div className="flex items-center justify-end gap-3 border-t border-zinc-100 pt-4">
            {saved && <p role="status" className="text-sm text-emerald-700">Lifecycle settings saved.</p>}
            <Button type="submit" pending={formState.isSubmitting}>Save changes</Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
