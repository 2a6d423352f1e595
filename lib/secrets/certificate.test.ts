import { createPrivateKey, X509Certificate } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../errors/index.ts";
import { certificateKeyMismatch, checkPrivateKeyMatches, inspectCertificate } from "./certificate.ts";
import { ENCRYPTED_KEY_MESSAGE } from "./credential-types/index.ts";
import { type CertificateFixtures, makeCertificateFixtures } from "./testdata/certificate-fixtures.ts";

let f: CertificateFixtures;
beforeAll(() => {
  f = makeCertificateFixtures();
});

/** The message of the ValidationError thrown by `fn`. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as Error).message;
  }
  throw new Error("expected a ValidationError");
}

const NOT_A_CERTIFICATE =
  "This is not a valid X.509 certificate. Upload a PEM (.pem, .crt) or DER (.der, .cer) certificate file.";

describe("inspectCertificate", () => {
  it("reads a PEM certificate", () => {
    const info = inspectCertificate(f.validPem);
    const x509 = new X509Certificate(f.validPem);
    expect(info).toEqual({
      certificatePem: x509.toString(),
      subject: "CN=strongroom.test, O=Strongroom Tests",
      issuer: "CN=strongroom.test, O=Strongroom Tests",
      fingerprintSha256: x509.fingerprint256,
      notBefore: new Date("2024-01-01T00:00:00Z"),
      notAfter: new Date("2124-01-01T00:00:00Z"),
      serialNumber: x509.serialNumber.toUpperCase(),
    });
    expect(info.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it("reads DER bytes and base64 of DER to the same certificate", () => {
    const der = new X509Certificate(f.validPem).raw;
    const expected = inspectCertificate(f.validPem);
    expect(inspectCertificate(der)).toEqual(expected);
    expect(inspectCertificate(der.toString("base64"))).toEqual(expected);
    expect(inspectCertificate(Buffer.from(f.validPem))).toEqual(expected);
    expect(inspectCertificate(`\r\n  ${f.validPem.replace(/\n/g, "\r\n")}  `)).toEqual(expected);
  });

  it("keeps a chain after the certificate and describes the first one", () => {
    const info = inspectCertificate(f.validPem + f.futurePem);
    expect(info.certificatePem.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(info.notAfter).toEqual(new Date("2124-01-01T00:00:00Z"));
  });

  it("refuses an expired certificate, naming the date", () => {
    expect(refusal(() => inspectCertificate(f.expiredPem))).toBe("The certificate expired on 2025-01-31.");
    expect(refusal(() => inspectCertificate(f.validPem, new Date("2124-01-02T00:00:00Z")))).toBe(
      "The certificate expired on 2124-01-01.",
    );
  });

  it("refuses a certificate that is not valid yet", () => {
    expect(refusal(() => inspectCertificate(f.futurePem))).toBe(
      "The certificate is not valid yet: it becomes valid on 2100-01-01.",
    );
    expect(inspectCertificate(f.futurePem, new Date("2100-06-01T00:00:00Z")).notAfter).toEqual(
      new Date("2101-01-01T00:00:00Z"),
    );
  });

  it("refuses what is not a certificate", () => {
    expect(refusal(() => inspectCertificate("hello, world"))).toBe(NOT_A_CERTIFICATE);
    expect(refusal(() => inspectCertificate("aGVsbG8gd29ybGQ="))).toBe(NOT_A_CERTIFICATE);
    expect(refusal(() => inspectCertificate(Buffer.from([0x30, 0x82, 0x01, 0x00, 0xff])))).toBe(NOT_A_CERTIFICATE);
    expect(
      refusal(() => inspectCertificate("-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----")),
    ).toBe(NOT_A_CERTIFICATE);
    expect(refusal(() => inspectCertificate(""))).toBe(NOT_A_CERTIFICATE);
    expect(refusal(() => inspectCertificate(f.key))).toBe(
      "This is a private key, not a certificate. Put it in the Private key field.",
    );
    expect(refusal(() => inspectCertificate(Buffer.alloc(65537)))).toBe(
      "The certificate is too large: at most 64 KiB (65,536 bytes).",
    );
  });
});

describe("checkPrivateKeyMatches", () => {
  it("accepts the certificate's key, also a traditional-format export of it", () => {
    expect(() => checkPrivateKeyMatches(f.validPem, f.key)).not.toThrow();
    expect(() => checkPrivateKeyMatches(f.expiredPem, f.key)).not.toThrow();
    const sec1 = createPrivateKey(f.key).export({ type: "sec1", format: "pem" }).toString();
    expect(sec1).toContain("-----BEGIN EC PRIVATE KEY-----");
    expect(() => checkPrivateKeyMatches(f.validPem, sec1)).not.toThrow();
  });

  it("refuses another key", () => {
    expect(refusal(() => checkPrivateKeyMatches(f.validPem, f.otherKey))).toBe(
      "The private key does not match the certificate.",
    );
  });

  it("refuses passphrase-protected keys with a specific message", () => {
    expect(refusal(() => checkPrivateKeyMatches(f.validPem, f.encryptedKey))).toBe(ENCRYPTED_KEY_MESSAGE);
    expect(refusal(() => checkPrivateKeyMatches(f.validPem, f.encryptedRsaKey))).toBe(ENCRYPTED_KEY_MESSAGE);
    expect(ENCRYPTED_KEY_MESSAGE).toMatch(/passphrase-protected private key is not supported for certificates/);
  });

  it("refuses unreadable keys and certificates pasted as keys", () => {
    expect(
      refusal(() => checkPrivateKeyMatches(f.validPem, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")),
    ).toBe(
      "The private key could not be read. Paste the whole PEM key, from -----BEGIN PRIVATE KEY----- to the END line.",
    );
    expect(refusal(() => checkPrivateKeyMatches(f.validPem, f.validPem))).toBe(
      "This is a certificate, not a private key. Paste the private key in the Private key field.",
    );
  });
});

describe("committed fixtures (used when openssl is missing)", () => {
  it("are real: the expired one really expired, the key matches", () => {
    const committed = makeCertificateFixtures({ useOpenssl: false });
    expect(committed.source).toBe("committed");
    expect(refusal(() => inspectCertificate(committed.expiredPem))).toBe("The certificate expired on 2025-01-31.");
    expect(refusal(() => inspectCertificate(committed.futurePem))).toMatch(/not valid yet/);
    expect(() =>
      checkPrivateKeyMatches(inspectCertificate(committed.validPem).certificatePem, committed.key),
    ).not.toThrow();
  });
});

describe("certificateKeyMismatch", () => {
  it("is null for the certificate's own key, PEM or base64 DER certificate", () => {
    expect(certificateKeyMismatch(f.validPem, f.key)).toBeNull();
    const der = new X509Certificate(f.validPem).raw.toString("base64");
    expect(certificateKeyMismatch(der, f.key)).toBeNull();
  });

  it("says so for another key, a key with a passphrase and what is not a key", () => {
    expect(certificateKeyMismatch(f.validPem, f.otherKey)).toBe("The private key does not match the certificate.");
    expect(certificateKeyMismatch(f.validPem, f.encryptedKey)).toBe(ENCRYPTED_KEY_MESSAGE);
    expect(certificateKeyMismatch(f.validPem, f.validPem)).toBe(
      "This is a certificate, not a private key. Paste the private key in the Private key field.",
    );
  });

  it("leaves an unreadable certificate to its own field", () => {
    expect(certificateKeyMismatch("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", f.key)).toBeNull();
  });
});
