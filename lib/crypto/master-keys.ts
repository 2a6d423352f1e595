// Parses the master key configuration: "k1:<base64>,k2:<base64>" (commas or newlines).
// In a key file, blank lines and lines starting with "#" are ignored.
import { ConfigError } from "../env/index.ts";
import { KEY_BYTES } from "./aes-gcm.ts";

export type MasterKeySet = {
  /** In configuration order. */
  keys: ReadonlyMap<string, Buffer>;
  currentId: string;
};

export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+)$/;

function entries(spec: string): string[] {
  return spec
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith("#"))
    .flatMap((line) => line.split(","))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

// Errors below name the entry position and the key id, never the key material.
export function parseMasterKeys(spec: string, currentId?: string): MasterKeySet {
  const keys = new Map<string, Buffer>();
  entries(spec).forEach((entry, i) => {
    const where = `master key entry ${i + 1}`;
    const colon = entry.indexOf(":");
    if (colon < 0) throw new ConfigError(`${where} has no key id: expected "<id>:<base64 of ${KEY_BYTES} bytes>"`);
    const id = entry.slice(0, colon).trim();
    const material = entry.slice(colon + 1).trim();
    if (!KEY_ID_PATTERN.test(id)) {
      throw new ConfigError(`${where}: the key id must be 1-32 characters of A-Z, a-z, 0-9, "_" or "-"`);
    }
    if (keys.has(id)) throw new ConfigError(`master key id "${id}" is configured more than once`);
    if (!BASE64.test(material)) throw new ConfigError(`master key "${id}" is not valid base64`);
    const key = Buffer.from(material, material.includes("-") || material.includes("_") ? "base64url" : "base64");
    if (key.length !== KEY_BYTES) {
      throw new ConfigError(
        `master key "${id}" must be ${KEY_BYTES} bytes after base64 decoding, but is ${key.length}`,
      );
    }
    keys.set(id, key);
  });
  if (keys.size === 0) {
    throw new ConfigError(
      `no master keys configured: expected "<id>:<base64 of ${KEY_BYTES} bytes>", separated by commas or newlines`,
    );
  }
  const current = currentId?.trim() || [...keys.keys()].at(-1)!;
  if (!KEY_ID_PATTERN.test(current))
    throw new ConfigError("STRONGROOM_MASTER_KEY_CURRENT is not a valid master key id");
  if (!keys.has(current)) {
    throw new ConfigError(
      `STRONGROOM_MASTER_KEY_CURRENT is "${current}", but no master key with that id is configured (configured: ${[...keys.keys()].join(", ")})`,
    );
  }
  return { keys, currentId: current };
}
