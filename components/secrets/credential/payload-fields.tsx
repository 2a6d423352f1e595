"use client";
import { CREDENTIAL_TYPES, type CredentialType } from "@/lib/secrets/credential-types";
import { CredentialFieldInput } from "./credential-field-input.tsx";
import { KeyValuePairs } from "./key-value-pairs.tsx";

/** The secret fields of one payload (one environment, or all of them at once). */
export function PayloadFields({
  type,
  base,
  keepBlank = false,
}: {
  type: CredentialType;
  base: string;
  keepBlank?: boolean;
}) {
  return (
    <div className="grid gap-3">
      {CREDENTIAL_TYPES[type].secretFields.map((field) =>
        field.kind === "pairs" ? (
          <KeyValuePairs key={field.key} name={`${base}.${field.key}`} keepBlank={keepBlank} />
        ) : (
          <CredentialFieldInput key={field.key} field={field} name={`${base}.${field.key}`} keepBlank={keepBlank} />
        ),
      )}
    </div>
  );
}
