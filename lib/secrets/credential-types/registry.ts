// The registry of credential types (forms render from it) and the schemas built from it:
// stored metadata, form/API input, and the per-environment secret payloads.
// Pure and client-safe: no server-only and no node: imports.
import { z } from "zod";
import { apiKey } from "./api-key.ts";
import { basicAuth } from "./basic-auth.ts";
import { bearerToken } from "./bearer-token.ts";
import { certificate } from "./certificate.ts";
import { clientCredentials } from "./client-credentials.ts";
import type { CredentialType, CredentialTypeDefinition } from "./define.ts";
import { jsonCredentials } from "./json-credentials.ts";
import { keyValue } from "./key-value.ts";
import { sftpPassword, sftpPrivateKey } from "./sftp.ts";

export const CREDENTIAL_TYPES = {
  API_KEY: apiKey,
  BEARER_TOKEN: bearerToken,
  CLIENT_CREDENTIALS: clientCredentials,
  CERTIFICATE: certificate,
  KEY_VALUE: keyValue,
  BASIC_AUTH: basicAuth,
  SFTP_PASSWORD: sftpPassword,
  SFTP_PRIVATE_KEY: sftpPrivateKey,
  JSON_CREDENTIALS: jsonCredentials,
} as const satisfies { [T in CredentialType]: CredentialTypeDefinition<T> };

type Registry = typeof CREDENTIAL_TYPES;

/** Environment ids (cuid-like) as keys of `values`; `__proto__` and the like cannot match. */
const environmentIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, "Unknown environment.");

function valuesOf<P extends z.ZodObject>(payloadSchema: P) {
  return z.record(environmentIdSchema, payloadSchema, {
    error: (iss) =>
      iss.code === "invalid_key" ? "Unknown environment." : "Enter a value for at least one environment.",
  });
}

function atLeastOneValue<P extends z.ZodObject>(payloadSchema: P) {
  return valuesOf(payloadSchema).refine(
    (values) => Object.keys(values).length > 0,
    "Enter a value for at least one environment.",
  );
}

function stored<const T extends CredentialType, S extends z.core.$ZodShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), ...shape });
}

function input<const T extends CredentialType, I extends z.core.$ZodShape, P extends z.ZodObject>(
  definition: CredentialTypeDefinition<T, z.core.$ZodShape, I, P>,
) {
  return z.object({
    type: z.literal(definition.type),
    ...definition.inputShape,
    values: atLeastOneValue(definition.payloadSchema),
  });
}

/** As `input`, but `values` may be empty or absent: environments left out keep their value. */
function updateInput<const T extends CredentialType, I extends z.core.$ZodShape, P extends z.ZodObject>(
  definition: CredentialTypeDefinition<T, z.core.$ZodShape, I, P>,
) {
  return z.object({
    type: z.literal(definition.type),
    ...definition.inputShape,
    values: valuesOf(definition.payloadSchema).default({}),
  });
}

const typeError = { error: "Choose a credential type." };

/** Stored (non-secret) metadata, discriminated on `type`: parse it when reading it back. */
export const credentialMetadataSchema = z.discriminatedUnion(
  "type",
  [
    stored(apiKey.type, apiKey.metadataShape),
    stored(bearerToken.type, bearerToken.metadataShape),
    stored(clientCredentials.type, clientCredentials.metadataShape),
    stored(certificate.type, certificate.metadataShape),
    stored(keyValue.type, keyValue.metadataShape),
    stored(basicAuth.type, basicAuth.metadataShape),
    stored(sftpPassword.type, sftpPassword.metadataShape),
    stored(sftpPrivateKey.type, sftpPrivateKey.metadataShape),
    stored(jsonCredentials.type, jsonCredentials.metadataShape),
  ],
  typeError,
);

/**
 * What the register/edit form submits and the server parses (the same schema):
 * `{ type, ...metadata fields, values: { [environmentId]: payload } }`.
 * For CERTIFICATE the metadata is only `certificatePem`; the server fills in the rest.
 */
export const credentialInputSchema = z.discriminatedUnion(
  "type",
  [
    input(apiKey),
    input(bearerToken),
    input(clientCredentials),
    input(certificate),
    input(keyValue),
    input(basicAuth),
    input(sftpPassword),
    input(sftpPrivateKey),
    input(jsonCredentials),
  ],
  typeError,
);

/** The edit form's credential: the same, except that `values` may be empty or absent. */
export const credentialUpdateInputSchema = z.discriminatedUnion(
  "type",
  [
    updateInput(apiKey),
    updateInput(bearerToken),
    updateInput(clientCredentials),
    updateInput(certificate),
    updateInput(keyValue),
    updateInput(basicAuth),
    updateInput(sftpPassword),
    updateInput(sftpPrivateKey),
    updateInput(jsonCredentials),
  ],
  typeError,
);

export type CredentialMetadata = z.output<typeof credentialMetadataSchema>;
export type CredentialMetadataOf<T extends CredentialType> = Extract<CredentialMetadata, { type: T }>;
export type CredentialInput = z.input<typeof credentialInputSchema>;
export type ParsedCredentialInput = z.output<typeof credentialInputSchema>;
export type CredentialUpdateInput = z.input<typeof credentialUpdateInputSchema>;
export type SecretPayloadOf<T extends CredentialType> = z.output<Registry[T]["payloadSchema"]>;
export type SecretPayload = { [T in CredentialType]: SecretPayloadOf<T> }[CredentialType];

/** The schema of one environment's secret payload of `type`. */
export function secretPayloadSchema<T extends CredentialType>(type: T): Registry[T]["payloadSchema"] {
  return CREDENTIAL_TYPES[type].payloadSchema;
}

export function isCredentialType(value: unknown): value is CredentialType {
  return typeof value === "string" && Object.hasOwn(CREDENTIAL_TYPES, value);
}
