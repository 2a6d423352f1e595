"use client";
// Values per Environment: which environments get a value, "Same for all environments" (the label
// avoids the word "value", so that the Value field keeps a unique label),
// and the secret fields for each (or once for all). Used by the wizard and the edit form.
import { useId } from "react";
import { FieldError } from "@/components/ui";
import type { CredentialType } from "@/lib/secrets/credential-types";
import { ALL_ENVIRONMENTS } from "./credential-form-values.ts";
import { PayloadFields } from "./payload-fields.tsx";
import { useFieldError } from "./form-field.tsx";

export type EnvironmentOption = { id: string; name: string; status?: string };

export function EnvironmentValues({
  type,
  environments,
  selected,
  onSelectedChange,
  sameForAll,
  onSameForAllChange,
  keepBlank = false,
}: {
  type: CredentialType;
  environments: EnvironmentOption[];
  selected: string[];
  /** Absent in the edit form: every environment is shown, a blank one keeps its value. */
  onSelectedChange?: (ids: string[]) => void;
  sameForAll: boolean;
  onSameForAllChange: (same: boolean) => void;
  keepBlank?: boolean;
}) {
  const id = useId();
  const valuesError = useFieldError("credential.values");
  const shown = environments.filter((e) => selected.includes(e.id));

  return (
    <div className="grid gap-4">
      {onSelectedChange && (
        <fieldset aria-describedby={valuesError ? `${id}-error` : undefined}>
          <legend className="mb-1 text-sm font-medium text-zinc-800">Environments</legend>
          <p className="mb-2 text-xs text-zinc-500">
            Each environment has its own value. Choose the environments that get one (at least one).
          </p>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {environments.map((env) => (
              <label key={env.id} className="inline-flex items-center gap-2 text-sm text-zinc-800">
                <input
                  type="checkbox"
                  className="size-4 accent-brand-600"
                  checked={selected.includes(env.id)}
                  onChange={(e) =>
                    onSelectedChange(
                      e.target.checked
                        ? environments.map((x) => x.id).filter((x) => x === env.id || selected.includes(x))
                        : selected.filter((x) => x !== env.id),
                    )
                  }
                />
                {env.name}
              </label>
            ))}
          </div>
          <FieldError id={`${id}-error`}>{valuesError}</FieldError>
        </fieldset>
      )}
      <label className="inline-flex items-center gap-2 text-sm text-zinc-800">
        <input
          type="checkbox"
          className="size-4 accent-brand-600"
          checked={sameForAll}
          onChange={(e) => onSameForAllChange(e.target.checked)}
        />
        Same for all environments
      </label>
      {shown.length === 0 ? (
        <p className="text-sm text-zinc-600">Choose an environment above to enter its value.</p>
      ) : sameForAll ? (
        <fieldset className="rounded-md border border-zinc-200 p-4">
          <legend className="px-1 text-sm font-semibold text-zinc-900">
            {onSelectedChange ? "Value for all selected environments" : "New value for all environments"}
          </legend>
          <PayloadFields type={type} base={`credential.values.${ALL_ENVIRONMENTS}`} keepBlank={keepBlank} />
        </fieldset>
      ) : (
        shown.map((env) => (
          <fieldset key={env.id} className="rounded-md border border-zinc-200 p-4">
            <legend className="px-1 text-sm font-semibold text-zinc-900">{env.name}</legend>
            {env.status && <p className="mb-2 text-xs text-zinc-500">{env.status}</p>}
            <PayloadFields type={type} base={`credential.values.${env.id}`} keepBlank={keepBlank} />
          </fieldset>
        ))
      )}
    </div>
  );
}
