// node:http ↔ ApiRequest/ApiAnswer (exchange.ts), for serving /api/v1 handlers outside Next.js:
// the lean resolver process and the test server the CLI talks to. The body is read with the
// same limit as the Fetch adapter, so an oversized request is refused before it is buffered.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiAnswer, ApiRequest } from "./exchange.ts";
import { checkDeclaredLength, MAX_BODY_BYTES, parseJsonBytes, PayloadTooLargeError } from "./read-body.ts";
import { ValidationError } from "../errors/index.ts";

export function fromNodeRequest(req: IncomingMessage): ApiRequest {
  const target = req.url ?? "/";
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

function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    try {
      checkDeclaredLength(req.headers["content-length"], maxBytes);
    } catch (e) {
      return reject(e);
    }
    if (req.readableEnded) return reject(new ValidationError("The request body must be JSON."));
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        cleanup();
        req.resume(); // drain the rest without keeping it
        return reject(new PayloadTooLargeError(maxBytes));
      }
      chunks.push(chunk);
    };
    const onEnd = () => (cleanup(), resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    const onError = (e: Error) => (cleanup(), reject(e));
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

export function sendAnswer(res: ServerResponse, answer: ApiAnswer, extraHeaders: Record<string, string> = {}): void {
  const headers: Record<string, string> = { ...extraHeaders, ...answer.headers };
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers);
    res.end();
    return;
  }
  const body = JSON.stringify(answer.body);
  headers["content-type"] = "application/json";
  headers["content-length"] = String(Buffer.byteLength(body));
  res.writeHead(answer.status, headers);
  res.end(body);
}
