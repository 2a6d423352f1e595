// The shape of one credential type: what forms render (field descriptors) and what both the
// form and the server validate (zod). Pure and client-safe.
import type { z } from "zod";

export const CREDENTIAL_TYPE_IDS = [
  "API_KEY",
  "BEARER_TOKEN",
  "CLIENT_CREDENTIALS",
  "CERTIFICATE",
  "KEY_VALUE",
  "BASIC_AUTH",
  "SFTP_PASSWORD",
  "SFTP_PRIVATE_KEY",
  "JSON_CREDENTIALS",
] as const;
export type CredentialType = (typeof CREDENTIAL_TYPE_IDS)[number];

export type FieldKind = "text" | "password" | "textarea" | "url" | "number" | "select" | "file" | "pairs";

export interface CredentialField {
  /** Property name in the metadata or the payload (form field `<key>` or `values.<envId>.<key>`). */
  readonly key: string;
  /** Words on screen (PRODUCT.md §8). */
  readonly label: string;
  readonly kind: FieldKind;
  /** Encrypted, write-only: never sent back to a browser after saving. */
  readonly secret: boolean;
  readonly required: boolean;
  readonly defaultValue?: string | number;
  readonly placeholder?: string;
  readonly help?: string;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** For `file` fields: the `accept` attribute. */
  readonly accept?: string;
  /** Filled by the server (certificate details): shown, not entered. */
  readonly readOnly?: boolean;
  /**
   * Says where the secret fields are sent (token URL, SFTP host and port): changing it
   * requires entering the secret fields again (lib/secrets/service/update-checks.ts).
   */
  readonly destination?: boolean;
}

export interface CredentialTypeDefinition<
  T extends CredentialType = CredentialType,
  M extends z.core.$ZodShape = z.core.$ZodShape,
  I extends z.core.$ZodShape = z.core.$ZodShape,
  P extends z.ZodObject = z.ZodObject,
> {
  readonly type: T;
  readonly label: string;
  readonly description: string;
  /** Non-secret fields, stored once per secret in plain JSON. */
  readonly metadataFields: readonly CredentialField[];
  /** Secret fields of the payload, one payload per environment, encrypted. */
  readonly secretFields: readonly CredentialField[];
  /** Stored metadata (without `type`). */
  readonly metadataShape: M;
  /** Metadata as a form submits it (differs from the stored one only for certificates). */
  readonly inputShape: I;
  readonly payloadSchema: P;
}

export function defineCredentialType<
  const T extends CredentialType,
  M extends z.core.$ZodShape,
  I extends z.core.$ZodShape,
  P extends z.ZodObject,
>(definition: CredentialTypeDefinition<T, M, I, P>): CredentialTypeDefinition<T, M, I, P> {
  return definition;
}

/** Field descriptor helpers, so that type modules stay short. */
export function metadataField(
  key: string,
  label: string,
  rest: Partial<Omit<CredentialField, "key" | "label" | "secret">> = {},
): CredentialField {
  return { key, label, kind: "text", required: true, ...rest, secret: false };
}

export function secretField(
  key: string,
  label: string,
  rest: Partial<Omit<CredentialField, "key" | "label" | "secret">> = {},
): CredentialField {
  return { key, label, kind: "password", required: true, ...rest, secret: true };
}
