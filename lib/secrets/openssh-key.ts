// Reads an OpenSSH private key (`-----BEGIN OPENSSH PRIVATE KEY-----`, the openssh-key-v1
// format of OpenSSH's PROTOCOL.key), which node:crypto cannot parse: the container, the key
// itself (its private part must match its public key) and, for an encrypted key, whether the
// passphrase opens it (bcrypt-pbkdf, then AES). Messages never quote the key.
import "server-only";
import { createDecipheriv, createPrivateKey, createPublicKey, type DecipherGCM, type KeyObject } from "node:crypto";
import bcryptPbkdf from "bcrypt-pbkdf";

export type OpenSshKeyProblem = { field: "privateKey" | "passphrase"; message: string };

const BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
const END = "-----END OPENSSH PRIVATE KEY-----";
const MAGIC = Buffer.from("openssh-key-v1\0", "latin1");

const UNREADABLE: OpenSshKeyProblem = {
  field: "privateKey",
  message:
    "The private key could not be read: it is not a complete OpenSSH private key. " +
    "Paste the whole key, from the BEGIN line to the END line.",
};
const MISMATCH: OpenSshKeyProblem = {
  field: "privateKey",
  message: "The private key is damaged: its private part does not match its public key.",
};
const NEEDS_PASSPHRASE: OpenSshKeyProblem = {
  field: "passphrase",
  message: "This private key is protected by a passphrase: enter it in Passphrase.",
};
/** Shared with the PEM check (validate-credential.ts): a passphrase must open something. */
export const NOT_ENCRYPTED: OpenSshKeyProblem = {
  field: "passphrase",
  message: "This private key is not protected by a passphrase: leave Passphrase empty.",
};
const WRONG_PASSPHRASE: OpenSshKeyProblem = {
  field: "passphrase",
  message: "The passphrase does not unlock this private key.",
};

/** Ciphers of ssh-keygen: key and IV lengths, and the GCM tag that follows the encrypted section. */
type Cipher = { algorithm: string; keyLength: number; ivLength: number; blockSize: number; tag: number };
const CIPHERS: Record<string, Cipher> = {
  "aes128-ctr": { algorithm: "aes-128-ctr", keyLength: 16, ivLength: 16, blockSize: 16, tag: 0 },
  "aes192-ctr": { algorithm: "aes-192-ctr", keyLength: 24, ivLength: 16, blockSize: 16, tag: 0 },
  "aes256-ctr": { algorithm: "aes-256-ctr", keyLength: 32, ivLength: 16, blockSize: 16, tag: 0 },
  "aes128-cbc": { algorithm: "aes-128-cbc", keyLength: 16, ivLength: 16, blockSize: 16, tag: 0 },
  "aes192-cbc": { algorithm: "aes-192-cbc", keyLength: 24, ivLength: 16, blockSize: 16, tag: 0 },
  "aes256-cbc": { algorithm: "aes-256-cbc", keyLength: 32, ivLength: 16, blockSize: 16, tag: 0 },
  "aes128-gcm@openssh.com": { algorithm: "aes-128-gcm", keyLength: 16, ivLength: 12, blockSize: 16, tag: 16 },
  "aes256-gcm@openssh.com": { algorithm: "aes-256-gcm", keyLength: 32, ivLength: 12, blockSize: 16, tag: 16 },
};

const CURVES: Record<string, string> = { nistp256: "P-256", nistp384: "P-384", nistp521: "P-521" };

class Malformed extends Error {}

/** SSH wire-format reader (RFC 4251 §5): uint32, string, mpint; throws Malformed past the end. */
class Reader {
  offset = 0;
  constructor(readonly buf: Buffer) {}
  get done() {
    return this.offset === this.buf.length;
  }
  bytes(n: number): Buffer {
    if (n < 0 || this.offset + n > this.buf.length) throw new Malformed();
    const out = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
  uint32(): number {
    return this.bytes(4).readUInt32BE(0);
  }
  string(): Buffer {
    return this.bytes(this.uint32());
  }
  text(): string {
    return this.string().toString("latin1");
  }
  /** An mpint as unsigned big-endian bytes (leading zero dropped). */
  mpint(): Buffer {
    const b = this.string();
    return b[0] === 0 ? b.subarray(1) : b;
  }
}

const b64url = (b: Buffer) => b.toString("base64url");
const bigint = (b: Buffer) => (b.length === 0 ? 0n : BigInt(`0x${b.toString("hex")}`));
/** `b` left-padded with zeros to `length` bytes. */
const fixed = (b: Buffer, length: number) =>
  Buffer.concat([Buffer.alloc(Math.max(0, length - b.length)), b]).subarray(-length);

function publicJwkMatches(privateKey: KeyObject, expected: Record<string, string>): boolean {
  const jwk = createPublicKey(privateKey).export({ format: "jwk" }) as Record<string, string>;
  return Object.entries(expected).every(([k, v]) => jwk[k] === v);
}

/**
 * Reads the private part of one key and checks it against its public blob. Returns false when
 * they do not match; throws Malformed when the fields are not there.
 */
function checkPrivateKey(r: Reader, publicBlob: Buffer): boolean {
  const start = r.offset;
  const type = r.text();
  const publicPart = (end: number) => r.buf.subarray(start, end);
  switch (type) {
    case "ssh-ed25519": {
      const pub = r.string();
      const publicEnd = r.offset;
      const priv = r.string();
      if (pub.length !== 32 || priv.length !== 64 || !priv.subarray(32).equals(pub)) return false;
      if (!publicPart(publicEnd).equals(publicBlob)) return false;
      const jwk = { kty: "OKP", crv: "Ed25519", d: b64url(priv.subarray(0, 32)), x: b64url(pub) };
      const key = createPrivateKey({ key: jwk, format: "jwk" });
      return publicJwkMatches(key, { x: b64url(pub) });
    }
    case "ssh-rsa": {
      const n = r.mpint();
      const e = r.mpint();
      r.mpint(); // d
      r.mpint(); // iqmp
      const p = r.mpint();
      const q = r.mpint();
      const blob = new Reader(publicBlob);
      if (blob.text() !== type || !blob.mpint().equals(e) || !blob.mpint().equals(n) || !blob.done) return false;
      return bigint(p) > 1n && bigint(q) > 1n && bigint(p) * bigint(q) === bigint(n);
    }
    case "ecdsa-sha2-nistp256":
    case "ecdsa-sha2-nistp384":
    case "ecdsa-sha2-nistp521": {
      const curve = r.text();
      const point = r.string();
      const publicEnd = r.offset;
      const d = r.mpint();
      const crv = CURVES[curve];
      if (!crv || type !== `ecdsa-sha2-${curve}` || !publicPart(publicEnd).equals(publicBlob)) return false;
      const size = (point.length - 1) / 2;
      if (point[0] !== 4 || !Number.isInteger(size)) return false;
      const [x, y] = [b64url(point.subarray(1, 1 + size)), b64url(point.subarray(1 + size))];
      const key = createPrivateKey({ key: { kty: "EC", crv, x, y, d: b64url(fixed(d, size)) }, format: "jwk" });
      return publicJwkMatches(key, { x, y });
    }
    case "ssh-dss": {
      for (let i = 0; i < 4; i++) r.mpint(); // p, q, g, y
      const publicEnd = r.offset;
      r.mpint(); // x
      return publicPart(publicEnd).equals(publicBlob);
    }
    case "sk-ssh-ed25519@openssh.com":
    case "sk-ecdsa-sha2-nistp256@openssh.com": {
      if (type.startsWith("sk-ecdsa")) r.string(); // curve
      r.string(); // public key
      r.string(); // application
      const publicEnd = r.offset;
      r.bytes(1); // flags
      r.string(); // key handle
      r.string(); // reserved
      return publicPart(publicEnd).equals(publicBlob);
    }
    default:
      throw new UnsupportedType(type);
  }
}

class UnsupportedType extends Error {
  constructor(readonly type: string) {
    super(type);
  }
}

/**
 * bcrypt-pbkdf runs on the request's thread (~50–100 ms per round here): ssh-keygen's default
 * is 16 rounds; a key made with more (ssh-keygen -a) is checked up to its passphrase prompt
 * only, so that a hostile key cannot hold the server for minutes.
 */
export const MAX_CHECKED_KDF_ROUNDS = 32;

function kdfParameters(kdfOptions: Buffer): { salt: Buffer; rounds: number } {
  const kdf = new Reader(kdfOptions);
  const salt = kdf.string();
  const rounds = kdf.uint32();
  if (rounds < 1 || salt.length === 0 || !kdf.done) throw new Malformed();
  return { salt, rounds };
}

function decrypt(
  cipher: Cipher,
  kdf: { salt: Buffer; rounds: number },
  passphrase: string,
  encrypted: Buffer,
  tag: Buffer,
): Buffer | null {
  const { salt, rounds } = kdf;
  const pass = Buffer.from(passphrase, "utf8");
  const derived = Buffer.alloc(cipher.keyLength + cipher.ivLength);
  bcryptPbkdf.pbkdf(pass, pass.length, salt, salt.length, derived, derived.length, rounds);
  const key = derived.subarray(0, cipher.keyLength);
  const iv = derived.subarray(cipher.keyLength);
  try {
    const decipher = createDecipheriv(cipher.algorithm, key, iv);
    decipher.setAutoPadding(false);
    if (cipher.tag) (decipher as DecipherGCM).setAuthTag(tag);
    return Buffer.concat([decipher.update(encrypted), decipher.final()]);
  } catch {
    return null; // GCM: the tag did not verify, i.e. a wrong passphrase (or a damaged key)
  } finally {
    pass.fill(0);
    derived.fill(0);
  }
}

/** True when `text` is (or claims to be) an OpenSSH private key. */
export function isOpenSshPrivateKey(text: string): boolean {
  return text.includes(BEGIN);
}

/** Why the OpenSSH private key `text` cannot be used with `passphrase`, or null when it opens. */
export function openSshKeyProblem(text: string, passphrase: string | undefined): OpenSshKeyProblem | null {
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END, begin);
  if (begin < 0 || end < 0) return UNREADABLE;
  const body = text.slice(begin + BEGIN.length, end).replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return UNREADABLE;
  let plain: Buffer | null = null;
  try {
    const r = new Reader(Buffer.from(body, "base64"));
    if (!r.bytes(MAGIC.length).equals(MAGIC)) return UNREADABLE;
    const cipherName = r.text();
    const kdfName = r.text();
    const kdfOptions = r.string();
    if (r.uint32() !== 1) return UNREADABLE; // ssh-keygen writes exactly one key
    const publicBlob = r.string();
    const encrypted = r.string();
    let blockSize = 8;
    if (cipherName === "none") {
      if (kdfName !== "none") return UNREADABLE;
      plain = Buffer.from(encrypted);
    } else {
      const cipher = CIPHERS[cipherName];
      if (!cipher) {
        return {
          field: "privateKey",
          message:
            `This private key is encrypted with ${cipherName.slice(0, 40)}, which cannot be checked here. ` +
            "Re-encrypt it with aes256-ctr (ssh-keygen -p -Z aes256-ctr -f <key file>) and paste it again.",
        };
      }
      if (kdfName !== "bcrypt") return UNREADABLE;
      const kdf = kdfParameters(kdfOptions);
      if (!passphrase) return NEEDS_PASSPHRASE;
      const tag = r.bytes(cipher.tag);
      if (!r.done || encrypted.length === 0 || encrypted.length % cipher.blockSize !== 0) return UNREADABLE;
      if (kdf.rounds > MAX_CHECKED_KDF_ROUNDS) return null;
      plain = decrypt(cipher, kdf, passphrase, encrypted, tag);
      if (!plain) return WRONG_PASSPHRASE;
      blockSize = cipher.blockSize;
    }
    if (!r.done || plain.length % blockSize !== 0) return UNREADABLE;
    const p = new Reader(plain);
    if (p.uint32() !== p.uint32()) return cipherName === "none" ? UNREADABLE : WRONG_PASSPHRASE;
    if (!checkPrivateKey(p, publicBlob)) return MISMATCH;
    p.string(); // comment
    const padding = p.bytes(plain.length - p.offset);
    if (padding.length >= blockSize || !padding.every((b, i) => b === i + 1)) return UNREADABLE;
    return cipherName === "none" && passphrase ? NOT_ENCRYPTED : null;
  } catch (e) {
    if (e instanceof UnsupportedType) {
      const type = JSON.stringify(e.type.slice(0, 40));
      const message = `The private key type ${type} is not supported: use an Ed25519, ECDSA or RSA key.`;
      return { field: "privateKey", message };
    }
    return UNREADABLE; // Malformed, or node:crypto refusing the key material
  } finally {
    plain?.fill(0);
  }
}
