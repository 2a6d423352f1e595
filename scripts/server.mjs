// The production server (`npm start`, `npm run demo`, the end-to-end tests): Next.js's request
// handler behind a plain node:http server that stamps every request with the client's address
// from the socket (and STRONGROOM_TRUST_PROXY trusted proxies) before Next sees it. `next start`
// would leave a client-supplied X-Forwarded-For in place, and the sign-in and API rate limits
// would then trust it (lib/http/client-address.mjs).
//   node scripts/server.mjs [-H <host>] [-p <port>]     (defaults: all interfaces, $PORT or 3000)
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { oidcSettingsProblem } from "../lib/auth/oidc-settings.mjs";
import { stampClientAddress, trustedProxyHops } from "../lib/http/client-address.mjs";
import { publicUrlProblem } from "../lib/http/public-url.mjs";

const root = path.resolve(import.meta.dirname, "..");

function option(names, fallback) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

const hostname = option(["-H", "--hostname"], process.env.HOSTNAME || "0.0.0.0");
const port = Number(option(["-p", "--port"], process.env.PORT || 3000));
const hops = trustedProxyHops(process.env.STRONGROOM_TRUST_PROXY);
if (hops === null) {
  console.error("STRONGROOM_TRUST_PROXY must be the number of trusted proxies (0, 1, 2, ...) or true/false.");
  process.exit(1);
}
const oidcProblem = oidcSettingsProblem(process.env);
if (oidcProblem) {
  console.error(oidcProblem);
  process.exit(1);
}
process.env.NODE_ENV = "production";

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  stampClientAddress(req, hops);
  handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  const proxies = hops === 0 ? "no trusted proxy" : `${hops} trusted ${hops === 1 ? "proxy" : "proxies"}`;
  console.log(`Strongroom listening on http://${hostname}:${port} (${proxies})`);
  // Links in e-mails are built from NEXTAUTH_URL: say so if people may reach the portal elsewhere.
  const problem = publicUrlProblem(process.env.NEXTAUTH_URL, { host: hostname, port }, hops);
  if (problem) console.warn(`Warning: ${problem}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
