import { describe, expect, it } from "vitest";
import {
  CREDENTIAL_TYPE_IDS,
  CREDENTIAL_TYPES,
  credentialInputSchema,
  credentialMetadataSchema,
  fieldErrorsFromZod,
  isCredentialType,
  secretPayloadSchema,
} from "./index.ts";
import { ENV, VALID_INPUTS } from "../testdata/credential-inputs.ts";

/** Field errors of `input` under credentialInputSchema ({} when valid). */
function errorsOf(input: unknown): Record<string, string[]> {
  const result = credentialInputSchema.safeParse(input);
  return result.success ? {} : fieldErrorsFromZod(result.error);
}

function parse(input: unknown) {
  return credentialInputSchema.parse(input);
}

describe("registry", () => {
  it("has the nine types with their names on screen", () => {
    expect(Object.fromEntries(CREDENTIAL_TYPE_IDS.map((t) => [t, CREDENTIAL_TYPES[t].label]))).toEqual({
      API_KEY: "API Key",
      BEARER_TOKEN: "Bearer Token",
      CLIENT_CREDENTIALS: "Client Credentials (OAuth 2.0)",
      CERTIFICATE: "Certificate",
      KEY_VALUE: "Key/Value",
      BASIC_AUTH: "Basic Auth",
      SFTP_PASSWORD: "SFTP Password",
      SFTP_PRIVATE_KEY: "SFTP Private Key",
      JSON_CREDENTIALS: "JSON Credentials",
    });
  });

  it("describes the fields with the words of PRODUCT.md §8 and marks the secret ones", () => {
    const describe = (t: keyof typeof CREDENTIAL_TYPES) => {
      const { metadataFields, secretFields } = CREDENTIAL_TYPES[t];
      return [...metadataFields, ...secretFields]
        .filter((f) => !f.readOnly)
        .map((f) => `${f.label}${f.secret ? "*" : ""}${f.required ? "" : "?"}`);
    };
    expect(describe("API_KEY")).toEqual(["Header name", "Value*"]);
    expect(describe("BEARER_TOKEN")).toEqual(["Header name", "Token*"]);
    expect(describe("CLIENT_CREDENTIALS")).toEqual([
      "Token URL",
      "Client ID",
      "Scopes?",
      "Client authentication",
      "Client secret*",
    ]);
    expect(describe("CERTIFICATE")).toEqual(["Certificate", "Private key*?"]);
    expect(describe("KEY_VALUE")).toEqual(["Key/Value*"]);
    expect(describe("BASIC_AUTH")).toEqual(["Username", "Password*"]);
    expect(describe("SFTP_PASSWORD")).toEqual(["Host", "Port", "Username", "Password*"]);
    expect(describe("SFTP_PRIVATE_KEY")).toEqual(["Host", "Port", "Username", "Private key*", "Passphrase*?"]);
    expect(describe("JSON_CREDENTIALS")).toEqual(["JSON document*"]);
    expect(CREDENTIAL_TYPES.BEARER_TOKEN.metadataFields[0]?.defaultValue).toBe("Authorization");
  });

  it("every secret field is a key of the payload schema, and no metadata field is", () => {
    for (const type of CREDENTIAL_TYPE_IDS) {
      const payloadKeys = Object.keys(secretPayloadSchema(type).shape);
      expect(CREDENTIAL_TYPES[type].secretFields.map((f) => f.key)).toEqual(payloadKeys);
      for (const field of CREDENTIAL_TYPES[type].metadataFields) expect(payloadKeys).not.toContain(field.key);
    }
  });

  it("marks the fields that say where the secret is sent (changing them needs the secret again)", () => {
    const destinations = Object.fromEntries(
      CREDENTIAL_TYPE_IDS.map((t) => [
        t,
        CREDENTIAL_TYPES[t].metadataFields.filter((f) => f.destination).map((f) => f.key),
      ]),
    );
    expect(destinations).toEqual({
      API_KEY: [],
      BEARER_TOKEN: [],
      CLIENT_CREDENTIALS: ["tokenUrl"],
      CERTIFICATE: [],
      KEY_VALUE: [],
      BASIC_AUTH: [],
      SFTP_PASSWORD: ["host", "port"],
      SFTP_PRIVATE_KEY: ["host", "port"],
      JSON_CREDENTIALS: [],
    });
  });
  it("isCredentialType", () => {
    expect(isCredentialType("API_KEY")).toBe(true);
    expect(isCredentialType("toString")).toBe(false);
    expect(isCredentialType(undefined)).toBe(false);
  });
});

describe("credentialInputSchema", () => {
  it.each(CREDENTIAL_TYPE_IDS)("accepts a valid %s and parsing twice gives the same result", (type) => {
    const once = parse(VALID_INPUTS[type]);
    expect(parse(once)).toEqual(once);
  });

  it("applies defaults and normalises", () => {
    expect(parse(VALID_INPUTS.BEARER_TOKEN)).toMatchObject({ headerName: "Authorization" });
    expect(parse(VALID_INPUTS.CLIENT_CREDENTIALS)).toMatchObject({
      clientAuth: "basic",
      scopes: "read:things write:things",
    });
    expect(parse({ ...VALID_INPUTS.CLIENT_CREDENTIALS, scopes: "  " })).not.toHaveProperty("scopes", expect.anything());
    expect(parse(VALID_INPUTS.SFTP_PASSWORD)).toMatchObject({ port: 22 });
    expect(parse(VALID_INPUTS.SFTP_PRIVATE_KEY)).toMatchObject({
      port: 2222,
      values: { [ENV]: { passphrase: undefined } },
    });
    expect(parse(VALID_INPUTS.CERTIFICATE).values[ENV]).toEqual({ privateKey: undefined });
  });

  it("refuses an unknown type and missing values", () => {
    expect(errorsOf({ type: "PASSWORD" })).toEqual({ type: ["Choose a credential type."] });
    expect(errorsOf({ type: "API_KEY", headerName: "X-Key", values: {} })).toEqual({
      values: ["Enter a value for at least one environment."],
    });
    expect(errorsOf({ type: "API_KEY", headerName: "X-Key" })).toEqual({
      values: ["Enter a value for at least one environment."],
    });
    expect(errorsOf({ ...VALID_INPUTS.API_KEY, values: { __proto__x: { value: "v" } } })).toEqual({
      "values.__proto__x": ["Unknown environment."],
    });
  });

  it("names the missing fields", () => {
    expect(errorsOf({ type: "API_KEY", values: { [ENV]: {} } })).toEqual({
      headerName: ["Header name is required."],
      [`values.${ENV}.value`]: ["Value is required."],
    });
    expect(errorsOf({ type: "CLIENT_CREDENTIALS", values: { [ENV]: { clientSecret: "" } } })).toEqual({
      tokenUrl: ["Token URL is required."],
      clientId: ["Client ID is required."],
      [`values.${ENV}.clientSecret`]: ["Client secret is required."],
    });
  });
});

describe("credentialMetadataSchema (stored)", () => {
  it("parses stored metadata of each kind", () => {
    expect(credentialMetadataSchema.parse({ type: "API_KEY", headerName: "X-Key" })).toEqual({
      type: "API_KEY",
      headerName: "X-Key",
    });
    expect(credentialMetadataSchema.parse({ type: "KEY_VALUE" })).toEqual({ type: "KEY_VALUE" });
    const certificate = {
      type: "CERTIFICATE",
      certificatePem: "-----BEGIN CERTIFICATE-----\n…",
      subject: "CN=a",
      issuer: "CN=a",
      fingerprintSha256: Array(32).fill("AB").join(":"),
      notBefore: "2024-01-01T00:00:00.000Z",
      notAfter: "2025-01-31T00:00:00.000Z",
      serialNumber: "01",
    };
    expect(credentialMetadataSchema.parse(certificate)).toEqual(certificate);
    expect(credentialMetadataSchema.safeParse({ ...certificate, notAfter: "soon" }).success).toBe(false);
  });
});
