// The bridge between credential payloads (objects of strings) and encrypted value rows.
// Plaintext exists only inside these functions and the moment of use; buffers are zeroed.
import "server-only";
import {
  decryptValue,
  digestValue,
  encryptValue,
  getKeyProvider,
  withPlaintext,
  type EncryptedValue,
  type ValueContext,
} from "../crypto/index.ts";

export type SecretPayload = Record<string, unknown>;

export type EncryptedRowData = {
  environmentId: string;
  version: number;
  format: number;
  ciphertext: Uint8Array<ArrayBuffer>;
  nonce: Uint8Array<ArrayBuffer>;
  tag: Uint8Array<ArrayBuffer>;
  wrappedKey: Uint8Array<ArrayBuffer>;
  masterKeyId: string;
  digest: string;
};

/** The encrypted columns of a value row, as stored. */
export type StoredRow = {
  format: number;
  ciphertext: Uint8Array | null;
  nonce: Uint8Array | null;
  tag: Uint8Array | null;
  wrappedKey: Uint8Array | null;
  masterKeyId: string | null;
};

const bytes = (b: Buffer) =>
  new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) as Uint8Array<ArrayBuffer>;

export async function encryptPayload(payload: SecretPayload, ctx: ValueContext): Promise<EncryptedRowData> {
  const provider = getKeyProvider();
  const plaintext = Buffer.from(JSON.stringify(payload), "utf8");
  return withPlaintext(plaintext, async (pt) => {
    const enc = await encryptValue(pt, ctx, provider);
    return {
      environmentId: ctx.environmentId,
      version: ctx.version,
      format: enc.format,
      ciphertext: bytes(enc.ciphertext),
      nonce: bytes(enc.nonce),
      tag: bytes(enc.tag),
      wrappedKey: bytes(enc.wrappedKey),
      masterKeyId: enc.masterKeyId,
      digest: digestValue(pt, provider),
    };
  });
}

/** True when the row still holds key material (it was not crypto-shredded). */
export function isDecryptable(row: StoredRow): boolean {
  return !!(row.ciphertext && row.nonce && row.tag && row.wrappedKey && row.masterKeyId);
}

export async function decryptPayload(row: StoredRow, ctx: ValueContext): Promise<SecretPayload> {
  if (!isDecryptable(row)) throw new Error("value destroyed");
  const enc: EncryptedValue = {
    format: row.format,
    ciphertext: Buffer.from(row.ciphertext!),
    nonce: Buffer.from(row.nonce!),
    tag: Buffer.from(row.tag!),
    wrappedKey: Buffer.from(row.wrappedKey!),
    masterKeyId: row.masterKeyId!,
  };
  const plaintext = await decryptValue(enc, ctx, getKeyProvider());
  return withPlaintext(plaintext, (pt) => JSON.parse(pt.toString("utf8")) as SecretPayload);
}
