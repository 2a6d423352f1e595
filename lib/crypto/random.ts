// Random bytes for data keys and nonces, drawn from the CSPRNG in 4 KiB blocks.
// Why: node:crypto's randomBytes costs ~5-10 µs per call whatever the size (OpenSSL 3's DRBG
// per-call overhead), which was most of the cost of an envelope operation. Node's own
// randomUUID() caches entropy the same way. Each byte is handed out once and zeroed in the pool.
import { randomBytes, randomFillSync } from "node:crypto";

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let offset = POOL_BYTES;

/** A new buffer (not shared with any other) of `size` cryptographically random bytes. */
export function freshRandomBytes(size: number): Buffer {
  if (size > POOL_BYTES / 4) return randomBytes(size);
  const out = Buffer.alloc(size);
  fillRandom(out);
  return out;
}

/** Fills `target` with cryptographically random bytes. */
export function fillRandom(target: Buffer): Buffer {
  if (target.length > POOL_BYTES / 4) return randomFillSync(target);
  if (offset + target.length > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  pool.copy(target, 0, offset, offset + target.length);
  pool.fill(0, offset, offset + target.length);
  offset += target.length;
  return target;
}
