import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parsePublicKey, parseSigningKey, publicKeyPem, signBytes, signingKeyId, verifyBytes } from "./signing.ts";

const pair = () => generateKeyPairSync("ed25519");
const pem = (k = pair().privateKey) => k.export({ type: "pkcs8", format: "pem" }).toString();

describe("audit signing key", () => {
  it("reads PKCS#8 PEM, PEM with escaped newlines, and the base64 of its DER, as the same key", () => {
    const { privateKey } = pair();
    const text = pem(privateKey);
    const der = privateKey.export({ type: "pkcs8", format: "der" }).toString("base64");
    const ids = [text, text.replace(/\n/g, "\\n"), der].map((t) => parseSigningKey(t).keyId);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it("signs so that only the matching public key verifies, and any change of the bytes fails", () => {
    const signer = parseSigningKey(pem());
    const sig = signBytes(signer, Buffer.from("head"));
    const pub = parsePublicKey(publicKeyPem(signer.publicKey));
    expect(signingKeyId(pub)).toBe(signer.keyId);
    expect(verifyBytes(pub, Buffer.from("head"), sig)).toBe(true);
    expect(verifyBytes(pub, Buffer.from("heaD"), sig)).toBe(false);
    expect(verifyBytes(parseSigningKey(pem()).publicKey, Buffer.from("head"), sig)).toBe(false);
    expect(verifyBytes(pub, Buffer.from("head"), "not a signature")).toBe(false);
  });

  it("accepts the public key as SPKI PEM, base64 DER, or from the private key", () => {
    const { privateKey, publicKey } = pair();
    const id = signingKeyId(publicKey);
    expect(signingKeyId(parsePublicKey(publicKey.export({ type: "spki", format: "der" }).toString("base64")))).toBe(id);
    expect(signingKeyId(parsePublicKey(pem(privateKey)))).toBe(id);
  });

  it("refuses other key types and garbage with a message that does not repeat the key", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    expect(() => parseSigningKey(rsa)).toThrow("STRONGROOM_AUDIT_SIGNING_KEY is a rsa key; an Ed25519 key is needed");
    const err = (() => {
      try {
        parseSigningKey("c2VjcmV0LWJ1dC1ub3QtYS1rZXk=");
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toBe(
      "STRONGROOM_AUDIT_SIGNING_KEY is not a readable PKCS#8 private key (PEM, or the base64 of its DER)",
    );
    expect(() => parseSigningKey("not base64 at all!")).toThrow(
      "STRONGROOM_AUDIT_SIGNING_KEY is neither PEM nor base64",
    );
    expect(() => parsePublicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", "audit.pub")).toThrow(
      /audit.pub is not a readable public key/,
    );
  });
});
