import { describe, expect, it } from "vitest";
import { ConfigError } from "../env/index.ts";
import { parseMasterKeys } from "./master-keys.ts";

const k = (byte: number, size = 32) => Buffer.alloc(size, byte).toString("base64");

function errorOf(spec: string, current?: string): ConfigError {
  try {
    parseMasterKeys(spec, current);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("parseMasterKeys", () => {
  it("parses comma-separated keys; the last is current", () => {
    const set = parseMasterKeys(`k1:${k(1)},k2:${k(2)}`);
    expect([...set.keys.keys()]).toEqual(["k1", "k2"]);
    expect(set.keys.get("k1")).toEqual(Buffer.alloc(32, 1));
    expect(set.currentId).toBe("k2");
  });

  it("parses a key file with comments, blank lines and CRLF", () => {
    const file = `# Strongroom master keys\r\n\r\nold_1:${k(1)}\r\n  # retired soon\nnew-2:${k(2)}\n\n`;
    const set = parseMasterKeys(file);
    expect([...set.keys.keys()]).toEqual(["old_1", "new-2"]);
    expect(set.currentId).toBe("new-2");
  });

  it("accepts base64url and unpadded key material", () => {
    const bytes = Buffer.alloc(32, 0xfb);
    const set = parseMasterKeys(`a:${bytes.toString("base64url")}`);
    expect(set.keys.get("a")).toEqual(bytes);
  });

  it("honours an explicit current key", () => {
    expect(parseMasterKeys(`k1:${k(1)},k2:${k(2)}`, "k1").currentId).toBe("k1");
  });

  it("refuses a current key that is not configured, listing the configured ids", () => {
    expect(errorOf(`k1:${k(1)},k2:${k(2)}`, "k3").message).toMatch(
      /STRONGROOM_MASTER_KEY_CURRENT is "k3".*configured: k1, k2/,
    );
  });

  it("refuses an empty configuration", () => {
    expect(errorOf(" \n# only a comment\n,").message).toMatch(/no master keys configured/);
  });

  it("refuses an entry without id, never echoing it", () => {
    const material = k(7);
    const err = errorOf(`k1:${k(1)},${material}`);
    expect(err.message).toMatch(/entry 2 has no key id/);
    expect(err.message).not.toContain(material);
  });

  it.each(["", "has space", "x".repeat(33), "k/1", "ключ"])("refuses the key id %j", (id) => {
    expect(errorOf(`${id}:${k(1)}`).message).toMatch(/entry 1: the key id must be 1-32 characters/);
  });

  it("refuses duplicate ids", () => {
    expect(errorOf(`k1:${k(1)}\nk1:${k(2)}`).message).toMatch(/"k1" is configured more than once/);
  });

  it("refuses keys that are not 32 bytes, without printing them", () => {
    const short = k(3, 16);
    const err = errorOf(`k1:${short}`);
    expect(err.message).toBe('master key "k1" must be 32 bytes after base64 decoding, but is 16');
    expect(errorOf(`k1:${k(3, 33)}`).message).toMatch(/but is 33/);
    expect(errorOf("k1:").message).toMatch(/"k1" is not valid base64/);
  });

  it("refuses material that is not base64", () => {
    const err = errorOf(`k1:${k(1).slice(0, -4)}!!!!`);
    expect(err.message).toBe('master key "k1" is not valid base64');
  });

  it("never puts a mistaken key into the current-key message", () => {
    const material = k(9);
    const err = errorOf(`k1:${k(1)}`, material);
    expect(err.message).not.toContain(material);
  });
});
