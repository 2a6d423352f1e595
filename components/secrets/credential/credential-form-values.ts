// The credential part of the register and edit forms, as react-hook-form holds it:
// `{ type, ...metadata fields, values: { [environmentId]: payload } }` — the shape of
// credentialInputSchema. Pure and client-safe.
import { CREDENTIAL_TYPES, type CredentialField, type CredentialType } from "@/lib/secrets/credential-types";

export type PayloadValues = Record<string, unknown>;
export type CredentialFormValues = {
  type: CredentialType | "";
  values: Record<string, PayloadValues>;
  [field: string]: unknown;
};

/** The key under `values` that holds the payload typed once for every selected environment. */
export const ALL_ENVIRONMENTS = "allEnvironments";

/** Metadata fields a person enters (certificate details are read from the file instead). */
export function enteredMetadataFields(type: CredentialType): CredentialField[] {
  return CREDENTIAL_TYPES[type].metadataFields.filter((f) => !f.readOnly);
}

export function emptyPayload(type: CredentialType): PayloadValues {
  const payload: PayloadValues = {};
  for (const field of CREDENTIAL_TYPES[type].secretFields) {
    payload[field.key] = field.kind === "pairs" ? [{ key: "", value: "" }] : "";
  }
  return payload;
}

export function emptyCredential(type: CredentialType, environmentKeys: string[]): CredentialFormValues {
  const credential: CredentialFormValues = { type, values: {} };
  for (const field of enteredMetadataFields(type)) {
    credential[field.key] = field.defaultValue === undefined ? "" : String(field.defaultValue);
  }
  for (const key of environmentKeys) credential.values[key] = emptyPayload(type);
  return credential;
}

/** True when every secret field of a payload is blank (edit form: keep the current value). */
export function isBlankPayload(type: CredentialType, payload: PayloadValues | undefined): boolean {
  if (!payload) return true;
  return CREDENTIAL_TYPES[type].secretFields.every((field) => {
    const v = payload[field.key];
    if (field.kind === "pairs")
      return !Array.isArray(v) || v.every((p: { key?: string; value?: string }) => !p.key && !p.value);
    return v === undefined || v === "";
  });
}
