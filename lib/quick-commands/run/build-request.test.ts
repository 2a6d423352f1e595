import { describe, expect, it } from "vitest";
import { buildRequest, type RunSources } from "./build-request.ts";

const src = (extra: Partial<RunSources> = {}): RunSources => ({
  inputs: { owner: "a b/c", id: "7" },
  fields: new Map([["acct", { TOKEN: "tok", ID: "x&y" }]]),
  secretHeaders: new Map([["Authorization", "Bearer s"]]),
  ...extra,
});

describe("buildRequest", () => {
  it("percent-encodes values in the endpoint and fills body and text headers as they are", () => {
    const built = buildRequest(
      {
        method: "POST",
        endpoint: "https://api.test/{owner}/{id}?a={acct.ID}",
        body: '{"t": "{acct.TOKEN}", "o": "{owner}"}',
      },
      [
        { kind: "text", key: "X-Trace", value: "id-{id}" },
        { kind: "text", key: "X-Token", value: "{acct.TOKEN}" },
        { kind: "secret", key: "Authorization", secretId: "s1", secretName: "s" },
      ],
      src(),
    );
    expect(built.url).toBe("https://api.test/a%20b%2Fc/7?a=x%26y");
    expect(built.body).toBe('{"t": "tok", "o": "a b/c"}');
    expect(built.headers).toEqual({
      "X-Trace": "id-7",
      "X-Token": "tok",
      Authorization: "Bearer s",
      "User-Agent": "Strongroom-Quick-Commands",
      "Content-Type": "application/json",
    });
    expect(built.sensitiveHeaders.sort()).toEqual(["Authorization", "X-Token"]);
    expect(built.sensitiveBody).toBe(true);
  });
  it("asks for a missing input and names a missing field", () => {
    const cmd = (endpoint: string) => ({ method: "GET", endpoint, body: null });
    expect(() => buildRequest(cmd("https://x.test/{repo}"), [], src())).toThrow("Fill in {repo} to run this command.");
    const empty = src({ inputs: { owner: "" } });
    expect(() => buildRequest(cmd("https://x.test/{owner}"), [], empty)).toThrow("Fill in {owner}");
    expect(() => buildRequest(cmd("https://x.test/{acct.NOPE}"), [], src())).toThrow(
      'The secret "acct" has no field "NOPE"',
    );
    expect(() => buildRequest(cmd("https://x.test/{acct.__proto__}"), [], src())).toThrow(/no field "__proto__"/);
    expect(() => buildRequest(cmd("https://x.test/{constructor}"), [], src())).toThrow("Fill in {constructor}");
  });
  it("refuses a header value that a filled placeholder splits", () => {
    const headers = [{ kind: "text" as const, key: "X-A", value: "{owner}" }];
    expect(() =>
      buildRequest(
        { method: "GET", endpoint: "https://x.test/", body: null },
        headers,
        src({ inputs: { owner: "a\r\nHost: evil" } }),
      ),
    ).toThrow(/line break/);
  });
  it("announces a JSON body as application/json unless the command sets a Content-Type", () => {
    const post = (body: string) => ({ method: "POST", endpoint: "https://x.test/", body });
    expect(buildRequest(post('{"a": 1}'), [], src()).headers["Content-Type"]).toBe("application/json");
    expect(buildRequest(post("[1, 2]"), [], src()).headers["Content-Type"]).toBe("application/json");
    const own = [{ kind: "text" as const, key: "content-type", value: "application/vnd.api+json" }];
    const built = buildRequest(post('{"a": 1}'), own, src());
    expect(built.headers["content-type"]).toBe("application/vnd.api+json");
    expect(built.headers["Content-Type"]).toBeUndefined();
    expect(buildRequest(post("a=1&b=2"), [], src()).headers["Content-Type"]).toBeUndefined();
    expect(buildRequest(post("{not json"), [], src()).headers["Content-Type"]).toBeUndefined();
  });
});
