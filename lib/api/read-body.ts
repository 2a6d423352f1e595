// Reads a request body as JSON, refusing more than `maxBytes` (413) before buffering it all.
import "server-only";
import { AppError, ValidationError } from "../errors/index.ts";

export const MAX_BODY_BYTES = 256 * 1024;

export class PayloadTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super(`The request body is too large: at most ${Math.floor(maxBytes / 1024)} KiB.`, "payload_too_large", 413);
  }
}

/** A Content-Length header above the limit is refused before any byte is read. */
export function checkDeclaredLength(contentLength: string | null | undefined, maxBytes = MAX_BODY_BYTES): void {
  if (Number(contentLength ?? "0") > maxBytes) throw new PayloadTooLargeError(maxBytes);
}

export function parseJsonBytes(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new ValidationError("The request body must be JSON.");
  }
}

export async function readJsonBody(req: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  checkDeclaredLength(req.headers.get("content-length"), maxBytes);
  if (!req.body) throw new ValidationError("The request body must be JSON.");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return parseJsonBytes(Buffer.concat(chunks));
}
