import { createPrivateKey, generateKeyPairSync, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { inspectCertificate } from "./certificate.ts";
import { ENV, VALID_INPUTS } from "./testdata/credential-inputs.ts";
import { type CertificateFixtures, makeCertificateFixtures } from "./testdata/certificate-fixtures.ts";
import { validateCredential } from "./validate-credential.ts";

let f: CertificateFixtures;
beforeAll(() => {
  f = makeCertificateFixtures();
});

const PROD = "env_prod";
const openSsh = (name: string) => readFileSync(path.join(__dirname, "testdata/openssh", `${name}.key`), "utf8");

describe("validateCredential", () => {
  it("splits metadata from the payloads of each environment", () => {
    const result = validateCredential({
      ...VALID_INPUTS.API_KEY,
      values: { [ENV]: { value: "dev" }, [PROD]: { value: "prod" } },
    });
    expect(result).toEqual({
      ok: true,
      type: "API_KEY",
      metadata: { type: "API_KEY", headerName: "X-API-Key" },
      payloadsByEnv: { [ENV]: { value: "dev" }, [PROD]: { value: "prod" } },
      expiresAt: null,
    });
  });

  it("returns the schema's field errors keyed like the form", () => {
    expect(validateCredential({ type: "BASIC_AUTH", username: "a:b", values: { [ENV]: { password: "" } } })).toEqual({
      ok: false,
      fieldErrors: {
        username: ["Username cannot contain ':' in Basic Auth."],
        [`values.${ENV}.password`]: ["Password is required."],
      },
    });
    expect(validateCredential(null)).toMatchObject({ ok: false, fieldErrors: { _form: expect.any(Array) } });
  });

  it("fills a certificate's metadata from the certificate and returns its expiry", () => {
    const result = validateCredential({
      type: "CERTIFICATE",
      certificatePem: f.validPem,
      values: { [ENV]: { privateKey: f.key }, [PROD]: {} },
    });
    const info = inspectCertificate(f.validPem);
    expect(result).toEqual({
      ok: true,
      type: "CERTIFICATE",
      metadata: {
        type: "CERTIFICATE",
        certificatePem: info.certificatePem,
        subject: info.subject,
        issuer: info.issuer,
        fingerprintSha256: info.fingerprintSha256,
        notBefore: "2024-01-01T00:00:00.000Z",
        notAfter: "2124-01-01T00:00:00.000Z",
        serialNumber: info.serialNumber,
      },
      payloadsByEnv: { [ENV]: { privateKey: f.key }, [PROD]: { privateKey: undefined } },
      expiresAt: new Date("2124-01-01T00:00:00Z"),
    });
  });

  it("accepts base64 DER and stores PEM", () => {
    const der = new X509Certificate(f.validPem).raw.toString("base64");
    const result = validateCredential({ type: "CERTIFICATE", certificatePem: der, values: { [ENV]: {} } });
    expect(result.ok && result.type === "CERTIFICATE" && result.metadata.certificatePem).toBe(
      inspectCertificate(f.validPem).certificatePem,
    );
  });

  it("refuses an expired certificate against `now`", () => {
    const input = { type: "CERTIFICATE", certificatePem: f.validPem, values: { [ENV]: {} } };
    expect(validateCredential(input, { now: new Date("2125-01-01T00:00:00Z") })).toEqual({
      ok: false,
      fieldErrors: { certificatePem: ["The certificate expired on 2124-01-01."] },
    });
    expect(validateCredential({ ...input, certificatePem: f.expiredPem })).toEqual({
      ok: false,
      fieldErrors: { certificatePem: ["The certificate expired on 2025-01-31."] },
    });
  });

  it("checks each environment's private key against the certificate", () => {
    const result = validateCredential({
      type: "CERTIFICATE",
      certificatePem: f.validPem,
      values: { [ENV]: { privateKey: f.key }, [PROD]: { privateKey: f.otherKey } },
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { [`values.${PROD}.privateKey`]: ["The private key does not match the certificate."] },
    });
  });

  describe("SFTP private keys", () => {
    const sftp = (payload: object) =>
      validateCredential({ ...VALID_INPUTS.SFTP_PRIVATE_KEY, values: { [ENV]: payload } });

    it("opens a PEM key with its passphrase", () => {
      expect(sftp({ privateKey: f.encryptedRsaKey, passphrase: "correct horse" })).toMatchObject({ ok: true });
      expect(sftp({ privateKey: f.key })).toMatchObject({
        ok: true,
        metadata: { host: "10.0.0.5", port: 2222, username: "deploy" },
      });
    });

    it("asks for a missing passphrase and refuses a wrong one", () => {
      expect(sftp({ privateKey: f.encryptedKey })).toEqual({
        ok: false,
        fieldErrors: {
          [`values.${ENV}.passphrase`]: ["This private key is protected by a passphrase: enter it in Passphrase."],
        },
      });
      expect(sftp({ privateKey: f.encryptedRsaKey, passphrase: "wrong" })).toEqual({
        ok: false,
        fieldErrors: { [`values.${ENV}.passphrase`]: ["The passphrase does not unlock this private key."] },
      });
    });

    it("refuses a passphrase for a PEM or OpenSSH key that has none", () => {
      const notEncrypted = {
        ok: false,
        fieldErrors: {
          [`values.${ENV}.passphrase`]: ["This private key is not protected by a passphrase: leave Passphrase empty."],
        },
      };
      expect(sftp({ privateKey: f.key, passphrase: "correct horse" })).toEqual(notEncrypted);
      expect(sftp({ privateKey: openSsh("ed25519"), passphrase: "correct horse" })).toEqual(notEncrypted);
      expect(sftp({ privateKey: f.key, passphrase: "" })).toMatchObject({ ok: true });
    });

    it("refuses a PEM key whose body is not a key", () => {
      const garbage =
        "-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbCwganVzdCB0ZXh0\n-----END RSA PRIVATE KEY-----";
      expect(sftp({ privateKey: garbage })).toEqual({
        ok: false,
        fieldErrors: {
          [`values.${ENV}.privateKey`]: [
            "The private key could not be read. Paste the whole key, from the BEGIN line to the END line.",
          ],
        },
      });
    });

    it("refuses an unreadable PEM key", () => {
      expect(sftp({ privateKey: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" })).toEqual({
        ok: false,
        fieldErrors: {
          [`values.${ENV}.privateKey`]: [
            "The private key could not be read. Paste the whole key, from the BEGIN line to the END line.",
          ],
        },
      });
    });

    // Issue 13: a garbage OpenSSH key used to be accepted and left to the SFTP server.
    it("reads OpenSSH keys: refuses garbage, needs the passphrase of an encrypted one", () => {
      expect(
        sftp({ privateKey: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----" }),
      ).toEqual({
        ok: false,
        fieldErrors: {
          [`values.${ENV}.privateKey`]: [
            "The private key could not be read: it is not a complete OpenSSH private key. Paste the whole key, from the BEGIN line to the END line.",
          ],
        },
      });
      expect(sftp({ privateKey: openSsh("ed25519") })).toMatchObject({ ok: true });
      expect(sftp({ privateKey: openSsh("ecdsa-encrypted"), passphrase: "correct horse" })).toMatchObject({ ok: true });
      expect(sftp({ privateKey: openSsh("ecdsa-encrypted") })).toEqual({
        ok: false,
        fieldErrors: {
          [`values.${ENV}.passphrase`]: ["This private key is protected by a passphrase: enter it in Passphrase."],
        },
      });
      expect(sftp({ privateKey: openSsh("ecdsa-encrypted"), passphrase: "nope" })).toEqual({
        ok: false,
        fieldErrors: { [`values.${ENV}.passphrase`]: ["The passphrase does not unlock this private key."] },
      });
    });

    it("refuses a PEM label that is no private key format", () => {
      expect(sftp({ privateKey: "-----BEGIN FANCY PRIVATE KEY-----\nAAAA\n-----END FANCY PRIVATE KEY-----" })).toEqual({
        ok: false,
        fieldErrors: {
          [`values.${ENV}.privateKey`]: [
            "Private key must be an OpenSSH key (-----BEGIN OPENSSH PRIVATE KEY-----) or a PEM key (PKCS#1, PKCS#8 or SEC1).",
          ],
        },
      });
    });
  });

  it("with allowNoValues (edits), accepts no values but still checks the fields and given values", () => {
    const { values: _, ...metadataOnly } = VALID_INPUTS.API_KEY;
    expect(validateCredential(metadataOnly, { allowNoValues: true })).toEqual({
      ok: true,
      type: "API_KEY",
      metadata: { type: "API_KEY", headerName: "X-API-Key" },
      payloadsByEnv: {},
      expiresAt: null,
    });
    expect(validateCredential(metadataOnly)).toEqual({
      ok: false,
      fieldErrors: { values: ["Enter a value for at least one environment."] },
    });
    expect(
      validateCredential(
        { ...metadataOnly, headerName: "X Key", values: { [ENV]: { value: "" } } },
        { allowNoValues: true },
      ),
    ).toEqual({
      ok: false,
      fieldErrors: {
        headerName: ["Header name cannot contain spaces."],
        [`values.${ENV}.value`]: ["Value is required."],
      },
    });
  });

  it("gives the same result for an already parsed input", () => {
    const ed = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(createPrivateKey(ed).asymmetricKeyType).toBe("ed25519");
    const first = validateCredential({
      ...VALID_INPUTS.SFTP_PRIVATE_KEY,
      values: { [ENV]: { privateKey: ed, passphrase: "" } },
    });
    expect(first.ok).toBe(true);
    if (first.ok) expect(validateCredential({ ...first.metadata, values: first.payloadsByEnv })).toEqual(first);
  });
});
