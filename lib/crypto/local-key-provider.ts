// Master keys held in process memory. Data keys are wrapped with AES-256-GCM:
// wrappedKey = nonce(12) || ciphertext(32) || tag(16), with the key id in the AAD so a
// wrapped key cannot be passed off as wrapped by another master key.
import { hkdfSync } from "node:crypto";
import { aesGcmDecrypt, aesGcmEncrypt, KEY_BYTES, NONCE_BYTES, TAG_BYTES } from "./aes-gcm.ts";
import { lengthPrefixed } from "./aad.ts";
import { UnknownMasterKeyError } from "./errors.ts";
import type { KeyProvider, WrappedKey } from "./key-provider.ts";
import type { MasterKeySet } from "./master-keys.ts";
import { fillRandom } from "./random.ts";

export const WRAPPED_KEY_BYTES = NONCE_BYTES + KEY_BYTES + TAG_BYTES;
export const DIGEST_KEY_INFO = "strongroom/value-digest/v1";
export const AUDIT_KEY_INFO = "strongroom/audit-chain/v1";

const WRAP_LABEL = Buffer.from("strongroom/key-wrap", "utf8");

const wrapPrefixes = new Map<string, Buffer>();

function wrapAad(keyId: string, aad: Buffer): Buffer {
  let prefix = wrapPrefixes.get(keyId);
  if (!prefix) {
    prefix = Buffer.concat([...lengthPrefixed(WRAP_LABEL), ...lengthPrefixed(Buffer.from(keyId, "utf8"))]);
    wrapPrefixes.set(keyId, prefix);
  }
  return Buffer.concat([prefix, aad]);
}

export class LocalKeyProvider implements KeyProvider {
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly #currentId: string;
  /** HKDF-derived keys by info and master key id, each derived once. */
  readonly #derived = new Map<string, { keyId: string; key: Buffer }>();

  constructor(set: MasterKeySet) {
    this.#keys = new Map(set.keys);
    this.#currentId = set.currentId;
    if (!this.#keys.has(this.#currentId)) throw new UnknownMasterKeyError(this.#currentId);
  }

  currentKeyId(): string {
    return this.#currentId;
  }

  hasKey(id: string): boolean {
    return this.#keys.has(id);
  }

  keyIds(): string[] {
    return [...this.#keys.keys()];
  }

  #key(id: string): Buffer {
    const key = this.#keys.get(id);
    if (!key) throw new UnknownMasterKeyError(id);
    return key;
  }

  // Synchronous cores; the async interface methods only adapt them.
  wrapSync(dataKey: Buffer, aad: Buffer): WrappedKey {
    const keyId = this.#currentId;
    const wrappedKey = Buffer.alloc(WRAPPED_KEY_BYTES);
    const nonce = fillRandom(wrappedKey.subarray(0, NONCE_BYTES));
    const { ciphertext, tag } = aesGcmEncrypt(this.#key(keyId), nonce, dataKey, wrapAad(keyId, aad));
    ciphertext.copy(wrappedKey, NONCE_BYTES);
    tag.copy(wrappedKey, NONCE_BYTES + KEY_BYTES);
    return { wrappedKey, keyId };
  }

  unwrapSync(wrappedKey: Buffer, keyId: string, aad: Buffer): Buffer {
    const key = this.#key(keyId);
    if (wrappedKey.length !== WRAPPED_KEY_BYTES) throw new RangeError(`wrapped key must be ${WRAPPED_KEY_BYTES} bytes`);
    const nonce = wrappedKey.subarray(0, NONCE_BYTES);
    const ciphertext = wrappedKey.subarray(NONCE_BYTES, NONCE_BYTES + KEY_BYTES);
    const tag = wrappedKey.subarray(NONCE_BYTES + KEY_BYTES);
    return aesGcmDecrypt(key, nonce, ciphertext, tag, wrapAad(keyId, aad));
  }

  async wrap(dataKey: Buffer, aad: Buffer): Promise<WrappedKey> {
    return this.wrapSync(dataKey, aad);
  }

  async unwrap(wrappedKey: Buffer, keyId: string, aad: Buffer): Promise<Buffer> {
    return this.unwrapSync(wrappedKey, keyId, aad);
  }

  #derive(info: string, keyId: string): { keyId: string; key: Buffer } {
    const name = `${info}\n${keyId}`;
    let derived = this.#derived.get(name);
    if (!derived) {
      derived = { keyId, key: Buffer.from(hkdfSync("sha256", this.#key(keyId), Buffer.alloc(0), info, 32)) };
      this.#derived.set(name, derived);
    }
    return derived;
  }

  /** HKDF-SHA-256 of the current master key with info "strongroom/value-digest/v1". Shared: do not modify. */
  digestKey(): { keyId: string; key: Buffer } {
    return this.#derive(DIGEST_KEY_INFO, this.#currentId);
  }

  /** HKDF-SHA-256 of master key `keyId` (default: current) with info "strongroom/audit-chain/v1". */
  auditKey(keyId: string = this.#currentId): { keyId: string; key: Buffer } {
    return this.#derive(AUDIT_KEY_INFO, keyId);
  }
}
