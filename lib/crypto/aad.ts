// Additional authenticated data binding a ciphertext to its place: organization, secret,
// version and environment. Every field is length-prefixed, so no two contexts encode alike
// (a plain join would let "a|b" + "c" collide with "a" + "b|c").
//   u32 len "strongroom/value" | u16 format | u32 len orgId | u32 len secretId | u64 version | u32 len environmentId

export const VALUE_FORMAT = 1;

export type ValueContext = { orgId: string; secretId: string; version: number; environmentId: string };

const LABEL = "strongroom/value";

export function lengthPrefixed(bytes: Buffer): Buffer[] {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(bytes.length);
  return [len, bytes];
}

function byteLength(name: string, value: unknown): number {
  if (typeof value !== "string" || value === "")
    throw new TypeError(`value context: ${name} must be a non-empty string`);
  return Buffer.byteLength(value, "utf8");
}

function putText(out: Buffer, offset: number, value: string, length: number): number {
  out.writeUInt32BE(length, offset);
  return offset + 4 + out.write(value, offset + 4, "utf8");
}

// Written into one buffer: this runs on every encrypt and decrypt.
export function valueAad(ctx: ValueContext, format: number = VALUE_FORMAT): Buffer {
  const { orgId, secretId, version, environmentId } = ctx;
  if (!Number.isSafeInteger(version) || version < 0)
    throw new TypeError("value context: version must be a non-negative integer");
  const lengths = [
    LABEL.length,
    byteLength("orgId", orgId),
    byteLength("secretId", secretId),
    byteLength("environmentId", environmentId),
  ] as const;
  const out = Buffer.alloc(4 * 4 + 2 + 8 + lengths[0] + lengths[1] + lengths[2] + lengths[3]);
  let o = putText(out, 0, LABEL, lengths[0]);
  o = out.writeUInt16BE(format, o);
  o = putText(out, o, orgId, lengths[1]);
  o = putText(out, o, secretId, lengths[2]);
  o = out.writeUInt32BE(Math.floor(version / 2 ** 32), o);
  o = out.writeUInt32BE(version >>> 0, o);
  putText(out, o, environmentId, lengths[3]);
  return out;
}
