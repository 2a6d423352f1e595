// Reading a response body with a size limit, decoding gzip/deflate/br so that the limit and
// redaction apply to what a person would read. An unknown content encoding is not decoded:
// its bytes could hide an echoed secret from redaction, so the caller withholds them.
import "server-only";
import type { IncomingMessage } from "node:http";
import type { Readable, Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

export type BodyResult = { body: Buffer; truncated: boolean; undecodable: boolean };

function decoder(encoding: string): Transform | "identity" | null {
  switch (encoding.trim().toLowerCase()) {
    case "":
    case "identity":
      return "identity";
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return null;
  }
}

export function readBody(res: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const encoding = String(res.headers["content-encoding"] ?? "");
  const decode = encoding.includes(",") ? null : decoder(encoding);
  if (decode === null) {
    res.resume();
    return Promise.resolve({ body: Buffer.alloc(0), truncated: false, undecodable: true });
  }
  const stream: Readable = decode === "identity" ? res : res.pipe(decode);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let raw = 0;
    const finish = (truncated: boolean) =>
      resolve({ body: Buffer.concat(chunks).subarray(0, maxBytes), truncated, undecodable: false });
    // A compressed body is limited too (before decoding), so a stream cannot run forever.
    res.on("data", (chunk: Buffer) => {
      raw += chunk.length;
      if (raw > maxBytes * 4 && decode !== "identity") {
        finish(true);
        stream.destroy();
        res.destroy();
      }
    });
    stream.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) {
        finish(true);
        stream.destroy();
        res.destroy();
      }
    });
    stream.on("end", () => finish(false));
    stream.on("error", (e) => (size > 0 ? finish(true) : reject(e)));
    res.on("error", (e) => reject(e));
    res.on("aborted", () => reject(new Error("aborted")));
  });
}
