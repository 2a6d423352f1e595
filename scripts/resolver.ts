// npm run resolver — the resolve endpoint as its own lean process. It serves
//   POST /api/v1/secrets/{name}/resolve   (the SAME handler as the portal's route: token
//                                          authentication, rate limits, authorization, audit)
//   GET  /healthz                         (200 while it can reach the database)
// with node:http instead of Next.js's request pipeline, and without Fetch API objects: the
// handler's transport-free form (`.serve`, lib/api/exchange.ts) takes the node request as is.
// Put it behind the same reverse proxy as the portal and route that one path to it; everything
// else stays with the portal (README: "Resolve performance").
import { createServer } from "node:http";
import { errorAnswer, NO_STORE } from "../lib/api/exchange.ts";
import { fromNodeRequest, sendAnswer } from "../lib/api/node-http.ts";
import { exportCheckpointsAfterCommit } from "../lib/audit/checkpoint-export.ts";
import { db } from "../lib/db/index.ts";
import { env } from "../lib/env/index.ts";
import { NotFoundError } from "../lib/errors/index.ts";
import { apiSecurityHeaders, servedOverHttps } from "../lib/http/security-headers.mjs";
import { stampClientAddress } from "../lib/http/client-address.mjs";
import { POST as resolve } from "../app/api/v1/secrets/[name]/resolve/route.ts";

const RESOLVE = /^\/api\/v1\/secrets\/([^/]+)\/resolve$/;

/** The path's secret name, percent-decoded; a malformed encoding names no secret. */
function secretName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new NotFoundError("Secret not found.");
  }
}

function main() {
  const config = env();
  const { STRONGROOM_RESOLVER_HOST: host, STRONGROOM_RESOLVER_PORT: port, STRONGROOM_TRUST_PROXY: proxyHops } = config;
  const { NEXTAUTH_URL } = config;
  // The portal's API headers (this process serves one of its paths): HSTS when its public URL is https.
  const https = servedOverHttps({ publicUrl: NEXTAUTH_URL, trustProxy: false, forwardedProto: null });
  const headers = apiSecurityHeaders({ https }).flatMap((h) => [h.key, h.value]);
  exportCheckpointsAfterCommit(); // a long-lived process: its checkpoints go to the file soon after they commit
  const server = createServer(async (req, res) => {
    try {
      stampClientAddress(req, proxyHops);
      const request = fromNodeRequest(req);
      const m = RESOLVE.exec(request.path);
      if (m && req.method === "POST") {
        return sendAnswer(res, await resolve.serve(request, { name: secretName(m[1]!) }), headers);
      }
      if (request.path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
        await db.$queryRawUnsafe("SELECT 1");
        return sendAnswer(res, { status: 200, body: { ok: true }, headers: { ...NO_STORE } }, headers);
      }
      sendAnswer(
        res,
        errorAnswer(new NotFoundError("This process serves only POST /api/v1/secrets/{name}/resolve.")),
        headers,
      );
    } catch (e) {
      // A malformed name, or the database unreachable for /healthz.
      if (!res.headersSent) sendAnswer(res, errorAnswer(e), headers);
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
