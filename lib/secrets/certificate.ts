// Reading X.509 certificates and checking their private keys, with node:crypto.
// Errors are ValidationErrors with a message for the user; they never quote the input.
import "server-only";
import { createPrivateKey, type KeyObject, X509Certificate } from "node:crypto";
import { ValidationError } from "../errors/index.ts";
import { isoDay } from "../time/days.ts";
import { certificateKeyProblem, ENCRYPTED_KEY_MESSAGE } from "./credential-types/certificate.ts";
import { CERTIFICATE_MAX_BYTES, describeBytes, utf8Length } from "./credential-types/limits.ts";

export interface CertificateInfo {
  /** Normalised PEM: the certificate first, then any chain certificates that came with it. */
  certificatePem: string;
  /** e.g. "C=US, O=Example, CN=api.example.com" */
  subject: string;
  issuer: string;
  /** Colon-separated upper-case hex, as X509Certificate.fingerprint256. */
  fingerprintSha256: string;
  notBefore: Date;
  notAfter: Date;
  /** Upper-case hex. */
  serialNumber: string;
}

const NOT_A_CERTIFICATE =
  "This is not a valid X.509 certificate. Upload a PEM (.pem, .crt) or DER (.der, .cer) certificate file.";
const PEM_CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const BASE64 = /^[A-Za-z0-9+/=\s]+$/;

/** The certificate sources in `input`: PEM blocks, or one DER buffer. */
function sources(input: string | Buffer): (string | Buffer)[] {
  const size = typeof input === "string" ? utf8Length(input) : input.length;
  if (size > CERTIFICATE_MAX_BYTES) {
    throw new ValidationError(`The certificate is too large: at most ${describeBytes(CERTIFICATE_MAX_BYTES)}.`);
  }
  const isText = typeof input === "string" || input.includes("-----BEGIN");
  if (!isText) return [input];
  const text = (typeof input === "string" ? input : input.toString("utf8")).trim();
  const blocks = text.match(PEM_CERTIFICATE_BLOCK);
  if (blocks) return blocks;
  if (/PRIVATE KEY-----/.test(text)) {
    throw new ValidationError("This is a private key, not a certificate. Put it in the Private key field.");
  }
  if (text !== "" && BASE64.test(text)) return [Buffer.from(text.replace(/\s+/g, ""), "base64")];
  throw new ValidationError(NOT_A_CERTIFICATE);
}

function parse(source: string | Buffer): X509Certificate {
  try {
    return new X509Certificate(source);
  } catch {
    throw new ValidationError(NOT_A_CERTIFICATE);
  }
}

/** Node 20 has only the string forms (validFrom/validTo); node 22+ adds the Date ones. */
function validity(cert: X509Certificate): { notBefore: Date; notAfter: Date } {
  const dated = cert as X509Certificate & { validFromDate?: Date; validToDate?: Date };
  const notBefore = dated.validFromDate ?? new Date(cert.validFrom);
  const notAfter = dated.validToDate ?? new Date(cert.validTo);
  if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime()))
    throw new ValidationError(NOT_A_CERTIFICATE);
  return { notBefore, notAfter };
}

const oneLine = (name: string) => name.split("\n").filter(Boolean).join(", ");

/**
 * Reads a certificate from PEM text, DER bytes or base64 of DER, and refuses one that is not
 * valid at `now` ("The certificate expired on 2025-01-31.").
 */
export function inspectCertificate(input: string | Buffer, now: Date = new Date()): CertificateInfo {
  const certificates = sources(input).map(parse);
  const leaf = certificates[0];
  if (!leaf) throw new ValidationError(NOT_A_CERTIFICATE);
  const { notBefore, notAfter } = validity(leaf);
  if (now.getTime() > notAfter.getTime()) throw new ValidationError(`The certificate expired on ${isoDay(notAfter)}.`);
  if (now.getTime() < notBefore.getTime()) {
    throw new ValidationError(`The certificate is not valid yet: it becomes valid on ${isoDay(notBefore)}.`);
  }
  return {
    certificatePem: certificates.map((c) => c.toString()).join(""),
    subject: oneLine(leaf.subject),
    issuer: oneLine(leaf.issuer),
    fingerprintSha256: leaf.fingerprint256,
    notBefore,
    notAfter,
    serialNumber: leaf.serialNumber.toUpperCase(),
  };
}

const ENCRYPTED_PEM = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/;

function readPrivateKey(pem: string): KeyObject {
  if (ENCRYPTED_PEM.test(pem)) throw new ValidationError(ENCRYPTED_KEY_MESSAGE);
  if (/-----BEGIN CERTIFICATE-----/.test(pem)) {
    throw new ValidationError(
      "This is a certificate, not a private key. Paste the private key in the Private key field.",
    );
  }
  try {
    return createPrivateKey({ key: pem, format: "pem" });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === "ERR_MISSING_PASSPHRASE" || code === "ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED") {
      throw new ValidationError(ENCRYPTED_KEY_MESSAGE);
    }
    throw new ValidationError(
      "The private key could not be read. Paste the whole PEM key, from -----BEGIN PRIVATE KEY----- to the END line.",
    );
  }
}

/** Throws a ValidationError unless `privateKeyPem` is the private key of the (first) certificate. */
export function checkPrivateKeyMatches(certificatePem: string, privateKeyPem: string): void {
  const certificate = parse(certificatePem);
  const key = readPrivateKey(privateKeyPem);
  let matches = false;
  try {
    matches = certificate.checkPrivateKey(key);
  } catch {
    matches = false;
  }
  if (!matches) throw new ValidationError("The private key does not match the certificate.");
}

/**
 * Why `privateKeyPem` cannot be the private key of the certificate `certificatePem`, or null
 * when it is (or when the certificate itself cannot be read: that is said at its own field).
 * The wizard's check as a key is chosen; registering checks the same again.
 */
export function certificateKeyMismatch(certificatePem: string, privateKeyPem: string): string | null {
  const problem = certificateKeyProblem(privateKeyPem);
  if (problem) return problem;
  let leaf: string;
  try {
    leaf = sources(certificatePem).map(parse)[0]!.toString();
  } catch {
    return null;
  }
  try {
    checkPrivateKeyMatches(leaf, privateKeyPem);
    return null;
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
}
