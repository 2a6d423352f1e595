// The baseline: a bare node:http server that reads the request body and answers a fixed JSON
// body of the same shape and size as a resolve response. `node bare-server.mjs PORT`.
import { createServer } from "node:http";

const body = JSON.stringify({
  secret: { id: "0b6f1c1e-6a55-4d7e-9d0f-3f7b1b2c3d4e", name: "bench_api_key", type: "API_KEY" },
  environment: { id: "cmb0000000000000000000000", name: "Production", slug: "production" },
  headers: { "X-API-Key": "sk_bench_0123456789abcdef" },
  fields: { headerName: "X-API-Key", value: "sk_bench_0123456789abcdef" },
});

createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, {
      "content-type": "application/json",
      "cache-control": "no-store",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  });
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));
