// A node:http server in the test process that hands requests to the real /api/v1 route
// handlers (their transport-free form, as the resolver process serves them), for clients
// that speak HTTP (the CLI).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fromNodeRequest, sendAnswer } from "../../lib/api/node-http.ts";
import { stampClientAddress } from "../../lib/http/client-address.mjs";
import type { ApiRoute } from "../../lib/authz/route.ts";
import * as secrets from "../../app/api/v1/secrets/route.ts";
import * as resolve from "../../app/api/v1/secrets/[name]/resolve/route.ts";

type Route = { pattern: RegExp; method: string; handler: ApiRoute<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROUTES: Route[] = [
  { method: "GET", pattern: /^\/api\/v1\/secrets$/, handler: secrets.GET },
  { method: "POST", pattern: /^\/api\/v1\/secrets\/(?<name>[^/]+)\/resolve$/, handler: resolve.POST },
];

export async function startApiServer(): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    stampClientAddress(req, 0);
    const request = fromNodeRequest(req);
    const route = ROUTES.find((r) => r.method === req.method && r.pattern.test(request.path));
    if (!route) return void res.writeHead(404).end();
    const groups = route.pattern.exec(request.path)?.groups ?? {};
    const params = Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, decodeURIComponent(v)]));
    sendAnswer(res, await route.handler.serve(request, params));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
