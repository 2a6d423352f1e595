import { describe, expect, it } from "vitest";
import { checkLinkHref, safeLinkHref } from "./link-href.ts";
import { declareUsageSchema } from "./schema.ts";

const HOSTILE = [
  "/\\evil.example/phish",
  "/\\/evil.example",
  "\\\\evil.example",
  "//evil.example/phish",
  "///evil.example",
  // Paths that only become "//evil.example" once the URL parser resolves the dots.
  "/..//evil.example",
  "/.//evil.example/phish",
  "/a/..//evil.example",
  "/%2e%2e//evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\u0000/evil.example",
  "/%09/evil.example x",
  "/\u202e/gro.elpmaxe",
  "/\u200b/evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://evil.example/",
  "https:evil.example",
  "https:/evil.example",
  "https:\\\\evil.example",
  "https://user:pass@evil.example/",
  "https://good.example@evil.example/",
  "https://:pass@evil.example/",
  "https://",
  "http://[::1",
  "evil.example/phish",
  "./relative",
  "?q=1",
  "#top",
  "",
];

describe("safeLinkHref", () => {
  it.each(HOSTILE)("refuses %j", (raw) => {
    expect(safeLinkHref(raw)).toBeNull();
    expect(checkLinkHref(raw)).toHaveProperty("problem");
  });

  it.each([
    ["/quick-commands/ck123", "/quick-commands/ck123"],
    ["/secrets?q=a%20b#usages", "/secrets?q=a%20b#usages"],
    ["/a/../b", "/b"],
    ["/%5Cevil.example", "/%5Cevil.example"],
  ])("keeps the portal path %j on this origin", (raw, href) => {
    expect(safeLinkHref(raw)).toEqual({ href, external: false });
  });

  it.each([
    ["https://ci.example.com/jobs/42", "https://ci.example.com/jobs/42"],
    ["HTTP://CI.Example.com:8080/x?y=1", "http://ci.example.com:8080/x?y=1"],
    ["https://[2001:db8::1]/", "https://[2001:db8::1]/"],
  ])("links the http(s) URL %j", (raw, href) => {
    expect(safeLinkHref(raw)).toEqual({ href, external: true });
  });

  it("shows nothing as a link without a URL", () => {
    expect(safeLinkHref(null)).toBeNull();
    expect(safeLinkHref(undefined)).toBeNull();
  });
});

describe("declareUsageSchema consumerUrl", () => {
  const base = { consumerKind: "AGENT", consumerName: "agent", location: "header X" };
  const issues = (consumerUrl: string) => {
    const r = declareUsageSchema.safeParse({ ...base, consumerUrl });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it.each(HOSTILE.filter((h) => h.trim() !== ""))("refuses %j with a message on consumerUrl", (raw) => {
    expect(issues(raw)).toEqual([expect.stringMatching(/^consumerUrl: (Consumer URL|A path in the portal)/)]);
  });

  it("says why", () => {
    expect(issues("/\\evil.example/phish")).toEqual([
      "consumerUrl: Consumer URL cannot contain spaces, backslashes or control characters.",
    ]);
    expect(issues("//evil.example")).toEqual(["consumerUrl: A path in the portal starts with a single /."]);
    expect(issues("https://u:p@ci.example.com")).toEqual([
      "consumerUrl: Consumer URL cannot contain a user name or password.",
    ]);
    expect(issues("javascript:alert(1)")).toEqual([
      "consumerUrl: Consumer URL must be an http(s) URL or a path in the portal (starting with /).",
    ]);
  });

  it("accepts http(s) URLs and portal paths, trimmed", () => {
    expect(issues(" https://ci.example.com/jobs/42 ")).toEqual([]);
    expect(issues("/quick-commands/abc")).toEqual([]);
  });
});
