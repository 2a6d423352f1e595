// Server-side validation of a credential: the shared zod schema, then the checks that need
// node:crypto.
//
// Input — what the form submits (credentialInputSchema), raw or already parsed:
//   { type: "API_KEY", headerName: "X-API-Key", values: { [environmentId]: { value: "…" } } }
//   { type: "CERTIFICATE", certificatePem: "<PEM, or base64 of DER>",
//     values: { [environmentId]: { privateKey?: "<PEM>" } } }
//   i.e. `type`, the type's metadata fields at the top level, and one payload per environment
//   (at least one; with `allowNoValues`, for edits, none is fine) under `values`.
// Output:
//   { ok: true, type, metadata: { type, ...non-secret fields }, payloadsByEnv: { [envId]: payload },
//     expiresAt: Date | null }   — metadata is what is stored as plain JSON (for certificates:
//     certificatePem, subject, issuer, fingerprintSha256, notBefore/notAfter as ISO strings,
//     serialNumber); expiresAt is the certificate's notAfter, null for other types.
//   { ok: false, fieldErrors: { "certificatePem": [...], "values.<envId>.privateKey": [...] } }
//   keyed like the form's fields; "_form" for the input as a whole.
// Checks: certificate readable and valid at `now` (its details fill the metadata), each
// environment's private key matches it; an SFTP key (PEM or OpenSSH) is readable, and opens
// with its passphrase when it has one (a passphrase given for a key without one is refused).
import "server-only";
import { createPrivateKey } from "node:crypto";
import { isAppError } from "../errors/index.ts";
import { checkPrivateKeyMatches, inspectCertificate } from "./certificate.ts";
import { isOpenSshPrivateKey, NOT_ENCRYPTED, openSshKeyProblem } from "./openssh-key.ts";
import {
  addFieldError,
  type CredentialMetadataOf,
  type CredentialType,
  credentialInputSchema,
  credentialUpdateInputSchema,
  type FieldErrors,
  fieldErrorsFromZod,
  type ParsedCredentialInput,
  type SecretPayloadOf,
} from "./credential-types/index.ts";

export type ValidCredential = {
  [T in CredentialType]: {
    type: T;
    metadata: CredentialMetadataOf<T>;
    payloadsByEnv: Record<string, SecretPayloadOf<T>>;
  };
}[CredentialType];

export type ValidateCredentialResult =
  (ValidCredential & { ok: true; expiresAt: Date | null }) | { ok: false; fieldErrors: FieldErrors };

export interface ValidateCredentialOptions {
  /** For certificate validity; defaults to the current time. */
  now?: Date;
  /** Editing: `values` may be empty or absent (credentialUpdateInputSchema); those environments keep their value. */
  allowNoValues?: boolean;
}

/** Runs `check`, recording its ValidationError message under `key`; other errors propagate. */
function collect(errors: FieldErrors, key: string, check: () => void): void {
  try {
    check();
  } catch (e) {
    if (!isAppError(e)) throw e;
    addFieldError(errors, key, e.message);
  }
}

/** Which field of an SFTP Private Key payload is wrong, and why; null when it opens. */
function sftpKeyProblem(privateKey: string, passphrase: string | undefined): { field: string; message: string } | null {
  if (isOpenSshPrivateKey(privateKey)) return openSshKeyProblem(privateKey, passphrase);
  if (!/-----BEGIN (?:RSA |EC |DSA )?PRIVATE KEY-----|-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(privateKey)) {
    return {
      field: "privateKey",
      message:
        "Private key must be an OpenSSH key (-----BEGIN OPENSSH PRIVATE KEY-----) or a PEM key (PKCS#1, PKCS#8 or SEC1).",
    };
  }
  const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(privateKey);
  if (encrypted && !passphrase) {
    return { field: "passphrase", message: "This private key is protected by a passphrase: enter it in Passphrase." };
  }
  try {
    createPrivateKey({ key: privateKey, format: "pem", passphrase });
    return !encrypted && passphrase ? NOT_ENCRYPTED : null;
  } catch {
    return encrypted
      ? { field: "passphrase", message: "The passphrase does not unlock this private key." }
      : {
          field: "privateKey",
          message: "The private key could not be read. Paste the whole key, from the BEGIN line to the END line.",
        };
  }
}

export function validateCredential(input: unknown, options: ValidateCredentialOptions = {}): ValidateCredentialResult {
  const schema = options.allowNoValues ? credentialUpdateInputSchema : credentialInputSchema;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFromZod(parsed.error) };
  const data: ParsedCredentialInput = parsed.data;
  const errors: FieldErrors = {};
  let expiresAt: Date | null = null;
  let credential: ValidCredential;

  if (data.type === "CERTIFICATE") {
    const { values, certificatePem } = data;
    let info: ReturnType<typeof inspectCertificate> | undefined;
    collect(errors, "certificatePem", () => {
      info = inspectCertificate(certificatePem, options.now ?? new Date());
    });
    if (!info) return { ok: false, fieldErrors: errors };
    const { notBefore, notAfter, ...details } = info;
    for (const [environmentId, payload] of Object.entries(values)) {
      const key = payload.privateKey;
      if (key)
        collect(errors, `values.${environmentId}.privateKey`, () =>
          checkPrivateKeyMatches(details.certificatePem, key),
        );
    }
    expiresAt = notAfter;
    const metadata = {
      type: data.type,
      ...details,
      notBefore: notBefore.toISOString(),
      notAfter: notAfter.toISOString(),
    };
    credential = { type: data.type, metadata, payloadsByEnv: values };
  } else {
    if (data.type === "SFTP_PRIVATE_KEY") {
      for (const [environmentId, payload] of Object.entries(data.values)) {
        const problem = sftpKeyProblem(payload.privateKey, payload.passphrase);
        if (problem) addFieldError(errors, `values.${environmentId}.${problem.field}`, problem.message);
      }
    }
    const { values, ...metadata } = data;
    credential = { type: data.type, metadata, payloadsByEnv: values } as ValidCredential;
  }
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return { ok: true, expiresAt, ...credential };
}
