// Credential types: one zod discriminated union shared by the browser forms and the server.
// Client-safe: no server-only and no node: imports (server checks: lib/secrets/validate-credential.ts).
export {
  CREDENTIAL_TYPE_IDS,
  type CredentialField,
  type CredentialType,
  type CredentialTypeDefinition,
  type FieldKind,
} from "./define.ts";
export {
  CREDENTIAL_TYPES,
  credentialInputSchema,
  credentialMetadataSchema,
  credentialUpdateInputSchema,
  isCredentialType,
  secretPayloadSchema,
  type CredentialInput,
  type CredentialMetadata,
  type CredentialMetadataOf,
  type CredentialUpdateInput,
  type ParsedCredentialInput,
  type SecretPayload,
  type SecretPayloadOf,
} from "./registry.ts";
export { maskPayload, secretFieldValues } from "./mask.ts";
export { CLIENT_AUTH_METHODS, type ClientAuthMethod } from "./client-credentials.ts";
export { DEFAULT_BEARER_HEADER } from "./bearer-token.ts";
export { ENCRYPTED_KEY_MESSAGE } from "./certificate.ts";
export * from "./limits.ts";
export { addFieldError, fieldErrorsFromZod, FORM_ERROR_KEY, type FieldErrors } from "./field-errors.ts";
