// node:http ↔ the Fetch API's Request/Response, for serving /api/v1 route handlers outside
// Next.js (the lean resolver process, and the test server the CLI talks to). The body is read
// with the same limit as readJsonBody, so an oversized request is refused before it is buffered.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_BODY_BYTES, PayloadTooLargeError } from "./read-body.ts";

export async function toWebRequest(req: IncomingMessage, url: URL, maxBytes = MAX_BODY_BYTES): Promise<Request> {
  if (Number(req.headers["content-length"] ?? "0") > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > maxBytes) throw new PayloadTooLargeError(maxBytes);
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return new Request(url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
}

export async function sendWebResponse(res: ServerResponse, response: Response, extraHeaders: Record<string, string> = {}): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...extraHeaders, ...Object.fromEntries(response.headers), "content-length": String(body.byteLength) });
  res.end(body);
}
