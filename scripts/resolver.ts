// npm run resolver — the resolve endpoint as its own lean process. It serves
//   POST /api/v1/secrets/{name}/resolve   (the SAME handler as the portal's route: token
//                                          authentication, rate limits, authorization, audit)
//   GET  /healthz                         (200 while it can reach the database)
// with node:http instead of Next.js's request pipeline, which costs more per request than the
// whole use itself (README: "Resolve performance"). Put it behind the same reverse proxy as the
// portal and route that one path to it; everything else stays with the portal.
import { createServer } from "node:http";
import { apiError } from "../lib/authz/route.ts";
import { sendWebResponse, toWebRequest } from "../lib/api/node-http.ts";
import { db } from "../lib/db/index.ts";
import { env } from "../lib/env/index.ts";
import { NotFoundError } from "../lib/errors/index.ts";
import { SECURITY_HEADERS } from "../lib/http/security-headers.mjs";
import { POST as resolve } from "../app/api/v1/secrets/[name]/resolve/route.ts";

const RESOLVE = /^\/api\/v1\/secrets\/([^/]+)\/resolve$/;
const headers = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]));

function main() {
  const { STRONGROOM_RESOLVER_HOST: host, STRONGROOM_RESOLVER_PORT: port } = env();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://resolver.invalid");
      const m = RESOLVE.exec(url.pathname);
      if (m && req.method === "POST") {
        const request = await toWebRequest(req, url);
        return await sendWebResponse(res, await resolve(request, { params: Promise.resolve({ name: decodeURIComponent(m[1]!) }) }), headers);
      }
      if (url.pathname === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
        await db.$queryRawUnsafe("SELECT 1");
        return await sendWebResponse(res, Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } }), headers);
      }
      await sendWebResponse(res, apiError(new NotFoundError("This process serves only POST /api/v1/secrets/{name}/resolve.")), headers);
    } catch (e) {
      // Body too large, a malformed name, or the database unreachable for /healthz.
      if (!res.headersSent) await sendWebResponse(res, apiError(e), headers).catch(() => res.destroy());
      else res.destroy();
    }
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, host, () => console.log(`Strongroom resolver listening on http://${host}:${port}`));

  // Stop taking connections, let requests in flight (and their audit commits) finish, then close the database.
  const stop = () => {
    server.close(() => void db.$disconnect().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main();
