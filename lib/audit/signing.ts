// The Ed25519 key that signs audit checkpoints (checkpoint-format.ts). The private key comes
// from configuration (PKCS#8 PEM, or the base64 of its DER); anyone holding only the public
// key (SPKI PEM, `npm run audit:public-key`) can check the signatures. Key ids are the first
// 16 hex digits of the SHA-256 of the public key's DER, so a checkpoint names its signer.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { ConfigError } from "../env/index.ts";

export type AuditSigner = { keyId: string; privateKey: KeyObject; publicKey: KeyObject };

const PEM = /-----BEGIN [A-Z ]+-----/;
const BASE64 = /^[A-Za-z0-9+/=_-]+$/;

// Environment variables often carry PEM newlines as a literal "\n".
const unescape = (text: string) => text.trim().replace(/\\n/g, "\n");

/** PEM text, or the DER bytes of a base64 text. */
function keyInput(text: string, what: string): string | Buffer {
  const t = unescape(text);
  if (PEM.test(t)) return t;
  const compact = t.replace(/\s+/g, "");
  if (!BASE64.test(compact)) throw new ConfigError(`${what} is neither PEM nor base64`);
  return Buffer.from(compact, "base64");
}

const input = <T extends "pkcs8" | "spki">(key: string | Buffer, type: T) =>
  typeof key === "string" ? { key, format: "pem" as const } : { key, format: "der" as const, type };

function requireEd25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== "ed25519") {
    throw new ConfigError(`${what} is a ${key.asymmetricKeyType ?? "non-asymmetric"} key; an Ed25519 key is needed`);
  }
  return key;
}

export function signingKeyId(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ format: "der", type: "spki" }))
    .digest("hex")
    .slice(0, 16);
}

/** Parses STRONGROOM_AUDIT_SIGNING_KEY. Errors never repeat the key material. */
export function parseSigningKey(text: string, what = "STRONGROOM_AUDIT_SIGNING_KEY"): AuditSigner {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(input(keyInput(text, what), "pkcs8"));
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`${what} is not a readable PKCS#8 private key (PEM, or the base64 of its DER)`);
  }
  requireEd25519(privateKey, what);
  const publicKey = createPublicKey(privateKey);
  return { keyId: signingKeyId(publicKey), privateKey, publicKey };
}

/** A public key file for verification: SPKI PEM or base64 DER (a private key is accepted too). */
export function parsePublicKey(text: string, what = "the public key"): KeyObject {
  const t = unescape(text);
  if (/-----BEGIN (ENCRYPTED )?PRIVATE KEY-----/.test(t)) return parseSigningKey(t, what).publicKey;
  try {
    return requireEd25519(createPublicKey(input(keyInput(t, what), "spki")), what);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`${what} is not a readable public key (SPKI PEM, or the base64 of its DER)`);
  }
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ format: "pem", type: "spki" }).toString();
}

export function signBytes(signer: AuditSigner, bytes: Buffer): string {
  return sign(null, bytes, signer.privateKey).toString("base64");
}

export function verifyBytes(publicKey: KeyObject, bytes: Buffer, signature: string): boolean {
  try {
    return verify(null, bytes, publicKey, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}
