// The outgoing-request guard against SSRF targets (PRODUCT.md §5 rule 7): refused address
// ranges, a host name resolving to 127.0.0.1, redirects to private and metadata addresses,
// connection pinned to the checked address, credentials not carried across origins,
// timeouts and the size limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardedFetch, parseAllowList, type GuardedOptions } from "../../lib/egress/index.ts";
import { startEchoServer, type LocalServer } from "../support/http-servers.ts";

let echo: LocalServer;
let other: LocalServer;
let allow: GuardedOptions["allow"];
beforeAll(async () => {
  echo = await startEchoServer();
  other = await startEchoServer();
  allow = parseAllowList(`127.0.0.1:${echo.port},127.0.0.1:${other.port}`);
});
afterAll(async () => {
  await echo.close();
  await other.close();
});

const get = (url: string, opts: GuardedOptions = {}, headers: Record<string, string> = {}) =>
  guardedFetch({ method: "GET", url, headers, sensitiveHeaders: ["X-Api-Key"] }, { allow, ...opts });

describe("refused destinations", () => {
  it.each([
    ["http://127.0.0.1/", /loopback/],
    ["http://[::1]/", /loopback/],
    ["http://2130706433/", /127\.0\.0\.1.*loopback/],
    ["http://0.0.0.0/", /unspecified/],
    ["http://10.0.0.1/", /private/],
    ["http://172.16.5.4/", /private/],
    ["http://192.168.1.1/", /private/],
    ["http://169.254.1.1/", /link-local/],
    ["http://[fe80::1]/", /link-local/],
    ["http://[fd12::1]/", /unique-local/],
    ["http://100.64.0.1/", /CGNAT/],
    ["http://224.0.0.1/", /multicast/],
    ["http://169.254.169.254/latest/meta-data/", /cloud metadata/],
    ["http://[fd00:ec2::254]/", /cloud metadata/],
    ["http://[::ffff:169.254.169.254]/", /cloud metadata/],
    // IPv6 forms that embed an IPv4 address (issue 13: the IPv4-translated form was allowed).
    ["http://[::ffff:0:7f00:1]/", /reserved/],
    ["http://[::127.0.0.1]/", /reserved/],
    ["http://[64:ff9b::7f00:1]/", /loopback/],
    ["http://[64:ff9b:1::a00:1]/", /private/],
    ["http://[2002:7f00:1::1]/", /loopback/],
    ["http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", /reserved/],
    ["http://[2a00:1450:4001::5efe:a9fe:a9fe]/", /cloud metadata/],
  ])("%s", async (url, message) => {
    await expect(get(url)).rejects.toThrow(message);
  });

  it("refuses schemes other than http and https", async () => {
    await expect(get("file:///etc/passwd")).rejects.toThrow(/Only http and https/);
    await expect(get("ftp://example.com/")).rejects.toThrow(/Only http and https/);
  });

  it("refuses a host name that resolves to 127.0.0.1 (localhost)", async () => {
    await expect(get(`http://localhost:${echo.port}/`, { allow: parseAllowList("") })).rejects.toThrow(
      /"localhost" \((127\.0\.0\.1|::1)\).*loopback/,
    );
  });

  it("refuses an allow-listed address on another port", async () => {
    await expect(
      get(`http://127.0.0.1:${echo.port + 1 === other.port ? echo.port + 2 : echo.port + 1}/`),
    ).rejects.toThrow(/loopback/);
  });

  it("allows what the administrator allow-listed, by address or by host name", async () => {
    expect((await get(`${echo.origin}/hello`)).status).toBe(200);
    // 127.0.0.1:<port> is allow-listed: "localhost" resolving to it on that port is allowed too.
    const byName = await get(`http://localhost:${echo.port}/`, {
      allow: parseAllowList(`localhost:${echo.port}`),
      resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    });
    expect(byName.status).toBe(200);
  });
});

describe("DNS and redirects", () => {
  it("connects to the address it checked, not to a second DNS answer", async () => {
    let calls = 0;
    const resolve = async () => (calls++, [{ address: "127.0.0.1", family: 4 }]);
    const list = parseAllowList(`pinned.test:${echo.port}`);
    const res = await guardedFetch(
      { method: "GET", url: `http://pinned.test:${echo.port}/pinned`, headers: {} },
      { allow: list, resolve },
    );
    expect(res.status).toBe(200);
    expect(calls).toBe(1);
    expect(echo.received.at(-1)?.headers.host).toBe(`pinned.test:${echo.port}`);
  });

  it("refuses a host whose addresses include a private one", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.7", family: 4 },
    ];
    await expect(
      guardedFetch({ method: "GET", url: "http://mixed.test/", headers: {} }, { allow, resolve }),
    ).rejects.toThrow(/"mixed.test" \(10\.0\.0\.7\).*private/);
  });

  it("re-checks every redirect: a redirect to a private address is refused", async () => {
    await expect(get(`${echo.origin}/redirect?to=${encodeURIComponent("http://10.1.2.3/admin")}`)).rejects.toThrow(
      /10\.1\.2\.3.*private/,
    );
    await expect(
      get(`${echo.origin}/redirect?to=${encodeURIComponent("http://169.254.169.254/latest/")}`),
    ).rejects.toThrow(/cloud metadata/);
    await expect(get(`${echo.origin}/redirect?to=${encodeURIComponent("http://localhost:1/")}`)).rejects.toThrow(
      /loopback/,
    );
  });

  it("follows at most 5 redirects", async () => {
    let url = `${echo.origin}/done`;
    for (let i = 0; i < 5; i++) url = `${echo.origin}/redirect?to=${encodeURIComponent(url)}`;
    await expect(get(url)).resolves.toMatchObject({ status: 200, redirects: 5 });
    await expect(get(`${echo.origin}/redirect?to=${encodeURIComponent(url)}`)).rejects.toThrow(/Too many redirects/);
  });

  it("does not carry credentials to another origin", async () => {
    const to = encodeURIComponent(`${other.origin}/landing`);
    const res = await get(
      `${echo.origin}/redirect?to=${to}&status=307`,
      {},
      { Authorization: "Bearer abc", "X-Api-Key": "k", Accept: "text/plain" },
    );
    expect(res.status).toBe(200);
    const landed = other.received.at(-1)!;
    expect(landed.url).toBe("/landing");
    expect(landed.headers.authorization).toBeUndefined();
    expect(landed.headers["x-api-key"]).toBeUndefined();
    expect(landed.headers.accept).toBe("text/plain");
  });
  it("does not resend a body that holds a secret to another origin", async () => {
    const url = `${echo.origin}/redirect?to=${encodeURIComponent(`${other.origin}/x`)}&status=307`;
    const before = other.received.length;
    await expect(
      guardedFetch({ method: "POST", url, headers: {}, body: "token=s", sensitiveBody: true }, { allow }),
    ).rejects.toThrow(/its body holds a secret/);
    expect(other.received.length).toBe(before);
  });
});

describe("limits", () => {
  it("times out", async () => {
    await expect(get(`${echo.origin}/slow?ms=3000`, { timeoutMs: 300 })).rejects.toThrow(/timed out after 0.3 s/);
  });
  it("cuts the body at the size limit", async () => {
    const res = await get(`${echo.origin}/big?bytes=5000`, { maxBytes: 1024 });
    expect(res.truncated).toBe(true);
    expect(res.body.length).toBe(1024);
  });
  it("decodes gzip before limiting and redacting", async () => {
    const res = await get(`${echo.origin}/gzip`);
    expect(JSON.parse(res.body.toString("utf8")).url).toBe("/gzip");
  });
});
