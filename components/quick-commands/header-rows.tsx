"use client";
// The Headers section: rows of Key and Value, where a value is plain text or a Secret chosen
// with the row's Secret button (the picker itself is rendered by the form, outside the <form>).
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Badge, Button, Input } from "@/components/ui";
import { SCOPE_LABELS, type Scope } from "@/lib/domain/constants";
import { errorMessage } from "@/components/secrets/credential/form-field";
import { emptyHeader, FIELD_TYPES, type CommandFormValues } from "./form-values.ts";
import { LockIcon } from "./lock-icon.tsx";

export function HeaderRows({ onChooseSecret }: { onChooseSecret: (index: number) => void }) {
  const { control, register, setValue, formState } = useFormContext<CommandFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "headers" });
  const rows = useWatch({ control, name: "headers" });
  const shown = (touched: boolean | undefined) => touched || formState.isSubmitted;

  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-zinc-800">Headers</legend>
      {fields.length > 0 && (
        <div
          aria-hidden="true"
          className="mb-1 grid grid-cols-[1fr_1.5fr_auto] gap-2 text-xs font-medium text-zinc-500"
        >
          <span>Key</span>
          <span>Value</span>
          <span />
        </div>
      )}
      <ul className="grid gap-2">
        {fields.map((f, i) => {
          const row = rows?.[i] ?? f;
          // Adding a row validates the whole array (react-hook-form): show a row's errors only once
          // the user has left its field or submitted, not while the new row is still empty.
          const touched = formState.touchedFields.headers?.[i];
          const keyError = shown(touched?.key) ? errorMessage(formState.errors, `headers.${i}.key`) : undefined;
          const valueError =
            row.kind === "secret" || shown(touched?.value)
              ? (errorMessage(formState.errors, `headers.${i}.value`) ??
                errorMessage(formState.errors, `headers.${i}.field`))
              : undefined;
          return (
            <li key={f.id} aria-label={`Header ${i + 1}`} className="grid grid-cols-[1fr_1.5fr_auto] items-start gap-2">
              <div>
                <Input
                  aria-label="Key"
                  placeholder="Accept"
                  {...register(`headers.${i}.key`)}
                  aria-invalid={keyError ? true : undefined}
                  aria-describedby={keyError ? `h-${f.id}-key-error` : undefined}
                />
                {keyError && (
                  <p id={`h-${f.id}-key-error`} className="mt-1 text-sm text-red-700">
                    {keyError}
                  </p>
                )}
              </div>
              <div>
                {row.kind === "text" ? (
                  <Input
                    aria-label="Value"
                    placeholder="application/json"
                    {...register(`headers.${i}.value`)}
                    aria-invalid={valueError ? true : undefined}
                  />
                ) : (
                  <SecretValue
                    name={row.secretName}
                    scope={row.secretScope}
                    field={row.field}
                    pending={!row.secretId}
                    showField={FIELD_TYPES.includes(row.secretType ?? "")}
                  />
                )}
                {valueError && <p className="mt-1 text-sm text-red-700">{valueError}</p>}
              </div>
              <div className="flex gap-1">
                <Button variant="secondary" size="sm" onClick={() => onChooseSecret(i)}>
                  Secret
                </Button>
                {row.kind === "secret" && (
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() =>
                      setValue(`headers.${i}`, { kind: "text", key: row.key, value: "" }, { shouldDirty: true })
                    }
                  >
                    Use text
                  </Button>
                )}
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => remove(i)}
                  aria-label={`Remove header ${row.key || i + 1}`}
                >
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <Button variant="secondary" size="sm" className="mt-2" onClick={() => append(emptyHeader())}>
        Add header
      </Button>
    </fieldset>
  );
}

function SecretValue({
  name,
  scope,
  field,
  pending,
  showField,
}: {
  name?: string;
  scope?: string;
  field?: string;
  pending: boolean;
  showField: boolean;
}) {
  if (pending) {
    return (
      <div className="flex h-9 items-center gap-2 rounded-md border border-dashed border-amber-300 bg-amber-50 px-3 text-sm text-amber-900">
        <Badge tone="warning">Needs a secret</Badge>
        <span className="truncate">{name ? `${name} was deleted` : "A personal secret was removed"}</span>
      </div>
    );
  }
  const where = scope ? ` (${SCOPE_LABELS[scope as Scope] ?? scope})` : "";
  const shown = `${name ?? "secret"}${showField && field ? ` · ${field}` : ""}${where}`;
  return (
    <div className="relative">
      <LockIcon className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-zinc-500" />
      <Input
        aria-label="Value"
        readOnly
        value={shown}
        className="bg-zinc-50 pl-8 font-mono"
        title="A secret: its value is injected on the server and never shown."
      />
    </div>
  );
}
