// Certificate: the certificate itself is public (metadata); only its private key is secret.
// A form submits the certificate text (PEM, or base64 of a DER file); the server reads it
// (lib/secrets/certificate.ts) and stores the details below, which are not editable.
import { z } from "zod";
import { defineCredentialType, metadataField, secretField } from "./define.ts";
import { stringOf } from "../../domain/text.ts";
import { optionalSecretText, privateKeyProblem, problemCheck } from "./fields.ts";
import { CERTIFICATE_MAX_BYTES, describeBytes, utf8Length } from "./limits.ts";

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----/;
const BASE64 = /^[A-Za-z0-9+/=\s]+$/;
export const ENCRYPTED_KEY_MESSAGE =
  "A passphrase-protected private key is not supported for certificates. Remove the passphrase first (e.g. openssl pkey -in key.pem -out key-plain.pem).";

/** Why `text` cannot be a certificate (checked before the server reads it), or null. */
export function certificateTextProblem(text: string): string | null {
  if (PEM_CERTIFICATE.test(text)) return null;
  if (/PRIVATE KEY-----/.test(text))
    return "This is a private key. Put it in the Private key field; Certificate needs the certificate.";
  if (BASE64.test(text)) return null; // base64 of a DER file; the server decides
  return "Certificate must be a PEM certificate (-----BEGIN CERTIFICATE-----) or a DER file.";
}

/** Why `text` cannot be the private key of a certificate, or null. */
export function certificateKeyProblem(text: string): string | null {
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(text)) return ENCRYPTED_KEY_MESSAGE;
  if (/-----BEGIN OPENSSH PRIVATE KEY-----/.test(text)) {
    return "Private key must be in PEM format (-----BEGIN PRIVATE KEY-----), not OpenSSH format.";
  }
  return privateKeyProblem("Private key", text);
}

const certificateText = stringOf("Certificate")
  .trim()
  .min(1, "Certificate is required.")
  .refine(
    (v) => utf8Length(v) <= CERTIFICATE_MAX_BYTES,
    `Certificate is too large: at most ${describeBytes(CERTIFICATE_MAX_BYTES)}.`,
  )
  .superRefine(problemCheck(certificateTextProblem));

const inputShape = { certificatePem: certificateText };

const metadataShape = {
  /** Normalised PEM (the first certificate is the one described; a chain may follow). */
  certificatePem: z
    .string()
    .min(1)
    .max(CERTIFICATE_MAX_BYTES * 2),
  subject: z.string(),
  issuer: z.string(),
  /** Colon-separated upper-case hex, as X509Certificate.fingerprint256. */
  fingerprintSha256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  serialNumber: z.string(),
};

export const certificate = defineCredentialType({
  type: "CERTIFICATE",
  label: "Certificate",
  description:
    "An X.509 certificate (PEM or DER) with its optional private key; the expiration date comes from the certificate.",
  metadataFields: [
    metadataField("certificatePem", "Certificate", { kind: "file", accept: ".pem,.crt,.cer,.der" }),
    metadataField("subject", "Subject", { readOnly: true }),
    metadataField("issuer", "Issuer", { readOnly: true }),
    metadataField("fingerprintSha256", "Fingerprint (SHA-256)", { readOnly: true }),
    metadataField("notAfter", "Expiration date", { readOnly: true }),
  ],
  secretFields: [secretField("privateKey", "Private key", { kind: "file", required: false, accept: ".key,.pem" })],
  metadataShape,
  inputShape,
  payloadSchema: z.object({ privateKey: optionalSecretText("Private key", certificateKeyProblem) }),
});
