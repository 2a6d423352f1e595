import { describe, expect, it } from "vitest";
import { ENV, VALID_INPUTS } from "../testdata/credential-inputs.ts";
import { credentialInputSchema, fieldErrorsFromZod, SECRET_VALUE_MAX_BYTES, utf8Length } from "./index.ts";

type Input = Record<string, unknown>;

/** The messages of one field after changing `patch` in the valid input of `type`. */
function messages(type: keyof typeof VALID_INPUTS, patch: Input, field: string): string[] | undefined {
  const result = credentialInputSchema.safeParse({ ...VALID_INPUTS[type], ...patch });
  return result.success ? undefined : fieldErrorsFromZod(result.error)[field];
}
const value = (type: keyof typeof VALID_INPUTS, payload: Input, field: string) =>
  messages(type, { values: { [ENV]: payload } }, `values.${ENV}.${field}`);

describe("header name (RFC 9110 token)", () => {
  it.each(["X-API-Key", "Authorization", "x_key", "A!#$%&'*+-.^_`|~9"])("accepts %s", (name) => {
    expect(messages("API_KEY", { headerName: name }, "headerName")).toBeUndefined();
  });
  it.each([
    ["X API Key", "Header name cannot contain spaces."],
    ["X-Key:", "Header name cannot contain ':'. Enter only the name, e.g. X-API-Key."],
    ["X-Ké", "Header name may contain only letters, digits and the characters ! # $ % & ' * + - . ^ _ ` | ~."],
    ["X(Key)", "Header name may contain only letters, digits and the characters ! # $ % & ' * + - . ^ _ ` | ~."],
    ["", "Header name is required."],
    ["X".repeat(257), "Header name is too long: at most 256 characters."],
  ])("refuses %j", (name, message) => {
    expect(messages("API_KEY", { headerName: name }, "headerName")).toEqual([message]);
  });
  it("trims the header name", () => {
    expect(credentialInputSchema.parse({ ...VALID_INPUTS.API_KEY, headerName: " X-Key " })).toMatchObject({
      headerName: "X-Key",
    });
  });
});

describe("header values and secret sizes", () => {
  it("refuses line breaks and NUL in values sent as headers", () => {
    const message = "Value cannot contain line breaks or NUL characters (check for a trailing newline).";
    expect(value("API_KEY", { value: "abc\n" }, "value")).toEqual([message]);
    expect(value("API_KEY", { value: "a\rb" }, "value")).toEqual([message]);
    expect(value("API_KEY", { value: "a\0b" }, "value")).toEqual([message]);
    expect(value("BEARER_TOKEN", { token: "t\n" }, "token")).toEqual([
      "Token cannot contain line breaks or NUL characters (check for a trailing newline).",
    ]);
  });
  it("refuses the Bearer prefix in a token", () => {
    expect(value("BEARER_TOKEN", { token: "Bearer abc" }, "token")).toEqual([
      "Enter the token without the 'Bearer ' prefix; it is added when the token is sent.",
    ]);
  });
  it("accepts 64 KiB and refuses one byte more, counting UTF-8 bytes", () => {
    const max = "a".repeat(SECRET_VALUE_MAX_BYTES);
    expect(value("API_KEY", { value: max }, "value")).toBeUndefined();
    const tooLong = "Value is too long: at most 64 KiB (65,536 bytes).";
    expect(value("API_KEY", { value: `${max}a` }, "value")).toEqual([tooLong]);
    const multiByte = "é".repeat(SECRET_VALUE_MAX_BYTES / 2 + 1); // 2 bytes each
    expect(multiByte.length).toBeLessThan(SECRET_VALUE_MAX_BYTES);
    expect(value("API_KEY", { value: multiByte }, "value")).toEqual([tooLong]);
    expect(value("BASIC_AUTH", { password: `${max}a` }, "password")).toEqual([
      "Password is too long: at most 64 KiB (65,536 bytes).",
    ]);
  });
  it("utf8Length counts code points as UTF-8 does", () => {
    for (const s of ["", "abc", "é", "€", "😀", "a\uD800b"])
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});

describe("Client Credentials", () => {
  const tokenUrl = (url: string) => messages("CLIENT_CREDENTIALS", { tokenUrl: url }, "tokenUrl");
  it("accepts http and https token URLs", () => {
    expect(tokenUrl("http://localhost:8080/token")).toBeUndefined();
    expect(tokenUrl("https://login.example.com/oauth2/v2.0/token?x=1")).toBeUndefined();
  });
  it.each([
    ["auth.example.com/token", "Token URL must be a full URL, e.g. https://auth.example.com/oauth/token."],
    ["ftp://auth.example.com/token", "Token URL must start with https:// (or http://)."],
    ["javascript:alert(1)", "Token URL must start with https:// (or http://)."],
    [
      "https://id:secret@auth.example.com/token",
      "Token URL cannot contain a user name or password; enter them as Client ID and Client secret.",
    ],
    ["https://auth.example.com/token#x", "Token URL cannot contain a fragment (#…)."],
    [`https://a.example/${"x".repeat(2048)}`, "Token URL is too long: at most 2048 characters."],
    // The URL parser drops tabs and line breaks and encodes bidi controls, so these would pass as
    // URLs, yet be stored and shown as typed: a right-to-left override makes evil.example.net
    // read like another host on the detail page.
    [
      "https://evil.example.net/\u202Emoc.elpmaxe.htua//",
      "Token URL cannot contain invisible text-direction characters (it has U+202E).",
    ],
    ["https://auth.example.com/to\tken", "Token URL cannot contain control characters (it has U+0009)."],
    ["https://auth.example.com/\ntoken", "Token URL cannot contain line breaks."],
  ])("refuses %j", (url, message) => expect(tokenUrl(url)).toEqual([message]));
  it("limits the client ID to 1 KiB", () => {
    expect(messages("CLIENT_CREDENTIALS", { clientId: "c".repeat(1024) }, "clientId")).toBeUndefined();
    expect(messages("CLIENT_CREDENTIALS", { clientId: "c".repeat(1025) }, "clientId")).toEqual([
      "Client ID is too long: at most 1,024 characters.",
    ]);
  });
  it("checks scope tokens", () => {
    expect(messages("CLIENT_CREDENTIALS", { scopes: 'read "write"' }, "scopes")).toEqual([
      'Scope "\\"write\\"" is not valid: separate scopes with spaces; quotes, backslashes and non-ASCII characters are not allowed.',
    ]);
    expect(
      messages("CLIENT_CREDENTIALS", { scopes: "openid profile https://graph.microsoft.com/.default" }, "scopes"),
    ).toBeUndefined();
  });
  it("refuses an unknown client authentication", () => {
    expect(messages("CLIENT_CREDENTIALS", { clientAuth: "jwt" }, "clientAuth")).toEqual([
      "Client authentication must be 'basic' or 'body'.",
    ]);
  });
});

describe("Host, Port, Username", () => {
  const host = (h: string) => messages("SFTP_PASSWORD", { host: h }, "host");
  it.each(["sftp.example.com", "localhost", "files_01.internal", "192.168.1.10", "::1", "[2001:db8::1]", "fe80::1"])(
    "accepts %s",
    (h) => expect(host(h)).toBeUndefined(),
  );
  it.each([
    [
      "sftp://sftp.example.com",
      "Enter the host without a scheme, e.g. sftp.example.com (not sftp://sftp.example.com).",
    ],
    ["sftp.example.com/upload", "Enter only the host, without a path."],
    ["sftp.example.com:22", "Enter the port in the Port field, not in the host."],
    ["bob@sftp.example.com", "Enter the user name in the Username field, not in the host."],
    ["sftp example.com", "Host cannot contain spaces."],
    ["999.1.1.1", "Host is not a valid IPv4 address."],
    ["-bad-.example.com", "Host must be a host name (e.g. sftp.example.com) or an IP address."],
    ["", "Host is required."],
  ])("refuses %j", (h, message) => expect(host(h)).toEqual([message]));

  it.each([
    ["0", "Port must be between 1 and 65535."],
    [65536, "Port must be between 1 and 65535."],
    ["22.5", "Port must be a whole number."],
    ["abc", "Port must be a number."],
    // No coercion (security probe, issue 13): only integers, or decimal digits from a form field.
    [true, "Port must be a number."],
    [false, "Port must be a number."],
    [null, "Port must be a number."],
    [[22], "Port must be a number."],
    ["0x16", "Port must be written in decimal digits, e.g. 22."],
    ["1e3", "Port must be written in decimal digits, e.g. 22."],
    ["+22", "Port must be written in decimal digits, e.g. 22."],
    ["", "Port is required."],
    [22.5, "Port must be a whole number."],
    [Infinity, "Port must be a number."],
  ])("refuses port %j", (port, message) => expect(messages("SFTP_PASSWORD", { port }, "port")).toEqual([message]));

  it.each([
    [22, 22],
    ["22", 22],
    [" 2222 ", 2222],
    [65535, 65535],
    [undefined, 22],
  ])("accepts port %j as %j", (port, parsed) => {
    expect(credentialInputSchema.parse({ ...VALID_INPUTS.SFTP_PASSWORD, port })).toMatchObject({ port: parsed });
  });

  it("limits usernames and refuses ':' in Basic Auth", () => {
    expect(messages("SFTP_PASSWORD", { username: "u".repeat(257) }, "username")).toEqual([
      "Username is too long: at most 256 characters.",
    ]);
    expect(messages("BASIC_AUTH", { username: "a:b" }, "username")).toEqual([
      "Username cannot contain ':' in Basic Auth.",
    ]);
    expect(messages("BASIC_AUTH", { username: "a\nb" }, "username")).toEqual(["Username cannot contain line breaks."]); // the shared text rule (lib/domain/text.ts)
  });
});
