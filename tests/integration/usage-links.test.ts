// Consumer URLs (PRODUCT.md §4 "link"): a declaration through the API with a URL that would
// render as a link elsewhere ("/\evil.example" is "//evil.example" to a browser) is refused
// with 422 and a message on consumerUrl; the data layer refuses it for every other caller too.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { declareUsage } from "../../lib/usage/index.ts";
import * as usages from "../../app/api/v1/secrets/[name]/usages/route.ts";
import { call, configureApi, tokenFor } from "../support/api.ts";
import { apiKeyInput, orgFixture, register, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
let secretId: string;
beforeAll(async () => {
  org = await orgFixture("usage-links");
  secretId = (await register(org.actors.holder, apiKeyInput(org, "linked_key", "v"))).id;
});
beforeEach(() => configureApi());

const declare = async (consumerUrl: string) =>
  call(usages.POST, "POST", "/secrets/linked_key/usages", {
    token: await tokenFor(org),
    params: { name: "linked_key" },
    body: { consumerKind: "AUTOMATION", consumerName: `job ${consumerUrl}`, consumerUrl, location: "env KEY" },
  });

describe("POST /secrets/{name}/usages consumerUrl", () => {
  it.each([
    ["/\\evil.example/phish", /backslashes/],
    ["//evil.example/phish", /single \//],
    ["/..//evil.example/phish", /single \//],
    ["javascript:alert(document.cookie)", /http\(s\) URL or a path/],
    ["data:text/html,<b>x</b>", /http\(s\) URL or a path/],
    ["https://user:pass@evil.example/", /user name or password/],
    ["/\u202e/evil", /control characters/],
  ])("refuses %j with 422 and stores nothing", async (consumerUrl, message) => {
    const res = await declare(consumerUrl);
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("invalid_input");
    expect(res.json.error.fields.consumerUrl).toEqual([expect.stringMatching(message)]);
    expect(await db.usage.count({ where: { secretId, consumerUrl } })).toBe(0);
  });

  it("accepts an http(s) URL and a portal path", async () => {
    expect((await declare("https://ci.example.com/jobs/42")).status).toBe(201);
    expect((await declare("/quick-commands/abc")).status).toBe(201);
  });
});

describe("declareUsage", () => {
  it("refuses a hostile URL from callers that skip the schema (Quick Commands, scripts)", async () => {
    const consumerUrl = "/\\evil.example/phish";
    const input = { consumerKind: "AGENT" as const, consumerName: "direct", consumerUrl, location: "header X" };
    await expect(declareUsage(org.actors.holder, secretId, input)).rejects.toMatchObject({
      status: 422,
      fieldErrors: { consumerUrl: [expect.stringMatching(/backslashes/)] },
    });
    expect(await db.usage.count({ where: { secretId, consumerName: "direct" } })).toBe(0);
  });
});
