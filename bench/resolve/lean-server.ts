// The design proposed for the hot path if Next.js is the bottleneck: a lean node:http process
// that serves only POST /api/v1/secrets/{name}/resolve with the SAME handler (withApiAuth,
// lib/secrets, lib/audit) as the Next.js route. The bench measures it beside the other two.
// `tsx --conditions=react-server bench/resolve/lean-server.ts PORT`
import { createServer } from "node:http";
import { POST } from "../../app/api/v1/secrets/[name]/resolve/route.ts";

const ROUTE = /^\/api\/v1\/secrets\/([^/]+)\/resolve$/;

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const m = req.method === "POST" ? ROUTE.exec(url.pathname) : null;
  if (!m) return void res.writeHead(404).end();
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  const request = new Request(url, { method: "POST", headers, body: Buffer.concat(chunks) });
  const response = await POST(request, { params: Promise.resolve({ name: decodeURIComponent(m[1]!) }) });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));
