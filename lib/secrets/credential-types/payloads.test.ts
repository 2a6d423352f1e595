import { describe, expect, it } from "vitest";
import { ENV, VALID_INPUTS } from "../testdata/credential-inputs.ts";
import {
  credentialInputSchema,
  ENCRYPTED_KEY_MESSAGE,
  fieldErrorsFromZod,
  MASK,
  maskPayload,
  secretFieldValues,
  secretPayloadSchema,
} from "./index.ts";

function errors(type: keyof typeof VALID_INPUTS, patch: Record<string, unknown>): Record<string, string[]> {
  const result = credentialInputSchema.safeParse({ ...VALID_INPUTS[type], ...patch });
  return result.success ? {} : fieldErrorsFromZod(result.error);
}
const payloadErrors = (type: keyof typeof VALID_INPUTS, payload: unknown) =>
  errors(type, { values: { [ENV]: payload } });
const at = (field: string) => `values.${ENV}.${field}`;

describe("Key/Value", () => {
  const pairs = (list: { key: string; value: string }[]) => payloadErrors("KEY_VALUE", { pairs: list });

  it("checks key syntax and names the key", () => {
    expect(pairs([{ key: "1ABC", value: "x" }])).toEqual({
      [at("pairs.0.key")]: [
        `Key "1ABC" must start with a letter or '_' and contain only letters, digits, '_', '.' and '-'.`,
      ],
    });
    expect(pairs([{ key: "", value: "x" }])).toEqual({ [at("pairs.0.key")]: ["Key is required."] });
    expect(pairs([{ key: `K${"a".repeat(256)}`, value: "x" }])[at("pairs.0.key")]?.[0]).toMatch(
      /^Key "Ka+…" is too long: at most 256 characters\.$/,
    );
    expect(pairs([{ key: `K${"a".repeat(255)}`, value: "x" }])).toEqual({});
    expect(pairs([{ key: "app.log-level_2", value: "x" }])).toEqual({});
  });

  it("refuses a duplicate key, naming it and both rows", () => {
    expect(
      pairs([
        { key: "A", value: "1" },
        { key: "B", value: "2" },
        { key: "A", value: "3" },
      ]),
    ).toEqual({
      [at("pairs.2.key")]: ['Key "A" appears more than once (rows 1 and 3); keys must be unique.'],
    });
  });

  it("keys are case-sensitive", () => {
    expect(
      pairs([
        { key: "a", value: "1" },
        { key: "A", value: "2" },
      ]),
    ).toEqual({});
  });

  it("needs 1 to 1000 pairs and limits each value and the total", () => {
    expect(pairs([])).toEqual({ [at("pairs")]: ["Add at least one key and value."] });
    const many = Array.from({ length: 1001 }, (_, i) => ({ key: `K${i}`, value: "v" }));
    expect(pairs(many)).toEqual({ [at("pairs")]: ["A Key/Value set can hold at most 1,000 pairs."] });
    expect(pairs(many.slice(0, 1000))).toEqual({});
    expect(pairs([{ key: "BIG", value: "x".repeat(65537) }])).toEqual({
      [at("pairs.0.value")]: ["Value is too long: at most 64 KiB (65,536 bytes)."],
    });
    const large = Array.from({ length: 17 }, (_, i) => ({ key: `K${i}`, value: "x".repeat(65536) }));
    expect(pairs(large)).toEqual({
      [at("pairs")]: ["The values of a Key/Value set are too large together: at most 1024 KiB (1,048,576 bytes)."],
    });
  });
});

describe("JSON Credentials", () => {
  const doc = (document: string) => payloadErrors("JSON_CREDENTIALS", { document })[at("document")];

  it("accepts a JSON object and strips a BOM", () => {
    expect(doc('{\n  "type": "service_account",\n  "nested": { "a": [1] }\n}')).toBeUndefined();
    const parsed = secretPayloadSchema("JSON_CREDENTIALS").parse({ document: '\uFEFF{"a":1}' });
    expect(parsed.document).toBe('{"a":1}');
  });

  it("gives the line and column of a syntax error without quoting the document", () => {
    expect(doc('{\n  "client_secret": "hunter2",\n  "b": 2,\n}')).toEqual([
      "JSON document is not valid JSON: line 4, column 1: trailing comma before '}' is not allowed.",
    ]);
    expect(doc('{\n  "a": "hunter2"\n  "b": 2\n}')).toEqual([
      "JSON document is not valid JSON: line 3, column 3: unexpected character '\"', expected ',' or '}' after a property value.",
    ]);
    expect(doc("{'a': 1}")).toEqual([
      'JSON document is not valid JSON: line 1, column 2: strings and property names must use double quotes ("), not single quotes.',
    ]);
  });

  it("refuses JSON that is not an object", () => {
    const message = ["JSON document must be a JSON object ({ … }), not an array, string, number or null."];
    for (const text of ["[1,2]", '"text"', "42", "null"]) expect(doc(text)).toEqual(message);
    expect(doc("")).toEqual(["JSON document is required."]);
  });
});

describe("Certificate input (checked fully on the server)", () => {
  const cert = (certificatePem: string) => errors("CERTIFICATE", { certificatePem }).certificatePem;
  const key = (privateKey: string) => payloadErrors("CERTIFICATE", { privateKey })[at("privateKey")];

  it("accepts PEM or base64 DER and refuses other text", () => {
    expect(cert("MIIBszCCAVmgAwIBAgIU")).toBeUndefined();
    expect(cert("hello world!")).toEqual([
      "Certificate must be a PEM certificate (-----BEGIN CERTIFICATE-----) or a DER file.",
    ]);
    expect(cert("-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----")).toEqual([
      "This is a private key. Put it in the Private key field; Certificate needs the certificate.",
    ]);
    expect(cert("")).toEqual(["Certificate is required."]);
    expect(cert(`-----BEGIN CERTIFICATE-----\n${"A".repeat(65536)}`)).toEqual([
      "Certificate is too large: at most 64 KiB (65,536 bytes).",
    ]);
  });

  it("checks the optional private key's format", () => {
    expect(key("")).toBeUndefined();
    expect(key("-----BEGIN ENCRYPTED PRIVATE KEY-----\nabc")).toEqual([ENCRYPTED_KEY_MESSAGE]);
    expect(key("-----BEGIN OPENSSH PRIVATE KEY-----\nabc")).toEqual([
      "Private key must be in PEM format (-----BEGIN PRIVATE KEY-----), not OpenSSH format.",
    ]);
    expect(key("-----BEGIN PUBLIC KEY-----\nabc")).toEqual([
      "This is a public key. Private key needs the private key.",
    ]);
    expect(key("password")).toEqual([
      "Private key must be a PEM or OpenSSH private key (it starts with -----BEGIN … PRIVATE KEY-----).",
    ]);
  });

  it("SFTP private keys may be OpenSSH; the passphrase is optional", () => {
    const sftp = (payload: object) => payloadErrors("SFTP_PRIVATE_KEY", payload);
    expect(
      sftp({ privateKey: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----" }),
    ).toEqual({});
    expect(sftp({ privateKey: "ssh-ed25519 AAAAC3Nz user@host" })).toEqual({
      [at("privateKey")]: ["This is a public key. Private key needs the private key."],
    });
    expect(sftp({ privateKey: "" })).toEqual({ [at("privateKey")]: ["Private key is required."] });
  });
});

describe("maskPayload and secretFieldValues", () => {
  it("masks every secret field, keeping Key/Value keys", () => {
    expect(maskPayload("API_KEY", { value: "sk_live_123" })).toEqual({ value: MASK });
    expect(maskPayload("SFTP_PRIVATE_KEY", { privateKey: "-----BEGIN…", passphrase: "pw" })).toEqual({
      privateKey: MASK,
      passphrase: MASK,
    });
    expect(maskPayload("CERTIFICATE", { privateKey: undefined })).toEqual({});
    expect(
      maskPayload("KEY_VALUE", {
        pairs: [
          { key: "A", value: "1" },
          { key: "B", value: "" },
        ],
      }),
    ).toEqual({
      pairs: [
        { key: "A", value: MASK },
        { key: "B", value: MASK },
      ],
    });
    expect(JSON.stringify(maskPayload("JSON_CREDENTIALS", { document: '{"k":"secret"}' }))).not.toContain("secret");
  });

  it("lists every non-empty secret string, longest first", () => {
    expect(secretFieldValues("BASIC_AUTH", { password: "pw" })).toEqual(["pw"]);
    expect(secretFieldValues("SFTP_PRIVATE_KEY", { privateKey: "KEYKEY", passphrase: undefined })).toEqual(["KEYKEY"]);
    expect(
      secretFieldValues("KEY_VALUE", {
        pairs: [
          { key: "A", value: "v1" },
          { key: "B", value: "" },
          { key: "C", value: "value3" },
        ],
      }),
    ).toEqual(["value3", "v1"]);
    expect(
      secretFieldValues("JSON_CREDENTIALS", { document: '{"private_key":"-----BEGIN","n":{"t":["tok"]},"x":1}' }),
    ).toEqual(['{"private_key":"-----BEGIN","n":{"t":["tok"]},"x":1}', "-----BEGIN", "tok"]);
  });
});
