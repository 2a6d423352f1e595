// Local HTTP servers for Quick Command and OAuth tests (127.0.0.1, random port): an echo
// server that logs what it received, and an OAuth 2.0 token server (client credentials).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

export type Received = {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};
export type LocalServer = { port: number; origin: string; received: Received[]; close: () => Promise<void> };

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handler(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as { port: number }).port };
}

const closer = (server: Server) => () =>
  new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));

/**
 * Echoes method, URL, headers and body as JSON. Paths: /redirect?to=<url>&status=302,
 * /big?bytes=<n>, /slow?ms=<n>, /gzip (the echo gzipped), /status/<code>.
 */
export async function startEchoServer(): Promise<LocalServer> {
  const received: Received[] = [];
  const { server, port } = await listen((req, res, body) => {
    const url = new URL(req.url ?? "/", "http://x");
    const entry = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
    received.push(entry);
    if (url.pathname === "/redirect") {
      res.writeHead(Number(url.searchParams.get("status") ?? 302), { Location: url.searchParams.get("to") ?? "/" });
      return res.end();
    }
    if (url.pathname === "/big") return res.end("x".repeat(Number(url.searchParams.get("bytes") ?? 2_000_000)));
    if (url.pathname === "/slow")
      return void setTimeout(() => res.end("late"), Number(url.searchParams.get("ms") ?? 15_000));
    const json = JSON.stringify(entry);
    if (url.pathname === "/gzip") {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
      return res.end(gzipSync(json));
    }
    const status = /^\/status\/(\d{3})$/.exec(url.pathname);
    res.writeHead(status ? Number(status[1]) : 200, {
      "Content-Type": "application/json",
      "X-Echo-Authorization": String(req.headers.authorization ?? ""),
    });
    res.end(json);
  });
  return { port, origin: `http://127.0.0.1:${port}`, received, close: closer(server) };
}

export type TokenServer = LocalServer & {
  issued: number;
  expiresIn: number | null;
  failWith: { status: number; body: unknown } | null;
};

/** POST /token: the client credentials grant; accepts client "client-id" with either secret, by Basic or body. */
export async function startTokenServer(
  clients: Record<string, string[]> = { "client-id": ["client-secret-value", "client-secret-rotated"] },
): Promise<TokenServer> {
  const received: Received[] = [];
  const state = { issued: 0, expiresIn: 120 as number | null, failWith: null as TokenServer["failWith"] };
  const { server, port } = await listen((req, res, body) => {
    received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
    const json = (status: number, data: unknown) => (
      res.writeHead(status, { "Content-Type": "application/json" }),
      res.end(JSON.stringify(data))
    );
    if (state.failWith) return json(state.failWith.status, state.failWith.body);
    const form = new URLSearchParams(body);
    let id = form.get("client_id");
    let secret = form.get("client_secret");
    const basic = /^Basic (.+)$/.exec(String(req.headers.authorization ?? ""));
    if (basic)
      [id, secret] = Buffer.from(basic[1]!, "base64").toString("utf8").split(":").map(decodeURIComponent) as [
        string,
        string,
      ];
    if (req.method !== "POST" || form.get("grant_type") !== "client_credentials")
      return json(400, { error: "unsupported_grant_type" });
    if (!id || !secret || !clients[id]?.includes(secret))
      return json(401, { error: "invalid_client", error_description: "Client authentication failed." });
    state.issued++;
    json(200, {
      access_token: `access-token-${state.issued}-${id}`,
      token_type: "bearer",
      ...(state.expiresIn ? { expires_in: state.expiresIn } : {}),
      ...(form.get("scope") ? { scope: form.get("scope") } : {}),
    });
  });
  const self = { port, origin: `http://127.0.0.1:${port}`, received, close: closer(server) } as TokenServer;
  Object.defineProperties(self, {
    issued: { get: () => state.issued },
    expiresIn: { get: () => state.expiresIn, set: (v: number | null) => (state.expiresIn = v) },
    failWith: { get: () => state.failWith, set: (v: TokenServer["failWith"]) => (state.failWith = v) },
  });
  return self;
}

/** Allow-lists the servers for the guard (STRONGROOM_EGRESS_ALLOW) in this test process. */
export async function allowEgressTo(servers: { port: number }[]) {
  const { resetEnvCache } = await import("../../lib/env/index.ts");
  process.env.STRONGROOM_EGRESS_ALLOW = servers.map((s) => `127.0.0.1:${s.port}`).join(",");
  resetEnvCache();
}
