// node:http ↔ ApiRequest/ApiAnswer (exchange.ts), for serving /api/v1 handlers outside Next.js:
// the lean resolver process and the test server the CLI talks to. The body is read with the
// same limit as the Fetch adapter, so an oversized request is refused before it is buffered.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiAnswer, ApiRequest } from "./exchange.ts";
import { checkDeclaredLength, MAX_BODY_BYTES, parseJsonBytes, PayloadTooLargeError } from "./read-body.ts";
import { ValidationError } from "../errors/index.ts";

export function fromNodeRequest(req: IncomingMessage): ApiRequest {
  // Origin form ("/path?query") as clients send it; the absolute form only through proxies.
  const raw = req.url ?? "/";
  const target = raw.startsWith("/") ? raw : absoluteToOrigin(raw);
  const q = target.indexOf("?");
  return {
    method: req.method ?? "GET",
    path: q < 0 ? target : target.slice(0, q),
    query: new URLSearchParams(q < 0 ? "" : target.slice(q + 1)),
    header: (name) => {
      const v = req.headers[name];
      return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
    },
    json: async () => parseJsonBytes(await readBody(req)),
  };
}

function absoluteToOrigin(target: string): string {
  try {
    const url = new URL(target);
    return url.pathname + url.search;
  } catch {
    return "/";
  }
}

// Listeners stay attached (the request object is dropped after the answer): removing them
// cost more than the rest of the read in the resolve bench.
function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    checkDeclaredLength(req.headers["content-length"], maxBytes);
    if (req.readableEnded) throw new ValidationError("The request body must be JSON.");
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.byteLength;
      if (size <= maxBytes) return void chunks.push(chunk);
      settled = true;
      chunks.length = 0;
      reject(new PayloadTooLargeError(maxBytes)); // the rest is read and dropped
    });
    req.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    req.on("error", (e) => {
      if (settled) return;
      settled = true;
      reject(e);
    });
  });
}

/** Sends `answer` as JSON; `extraHeaders` ([name, value, name, value, ...], the form node:http takes fastest) go first. */
export function sendAnswer(res: ServerResponse, answer: ApiAnswer, extraHeaders: readonly string[] = []): void {
  const headers = [...extraHeaders];
  for (const name in answer.headers) headers.push(name, answer.headers[name]!);
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers);
    res.end();
    return;
  }
  const body = JSON.stringify(answer.body);
  headers.push("content-type", "application/json", "content-length", String(Buffer.byteLength(body)));
  res.writeHead(answer.status, headers);
  res.end(body);
}
