import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { auditSigningKeySpec, masterKeySpec, resetEnvCache } from "./index.ts";

const dir = mkdtempSync(path.join(tmpdir(), "strongroom-env-"));
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configure(vars: Record<string, string>) {
  Object.assign(process.env, vars);
  resetEnvCache();
}

describe("secret settings given as a value or a file", () => {
  it("take the value first, then the file's contents, and name an unreadable file", () => {
    const file = path.join(dir, "key");
    writeFileSync(file, "from-file");
    configure({ STRONGROOM_MASTER_KEYS: "", STRONGROOM_MASTER_KEY_FILE: file });
    configure({ STRONGROOM_AUDIT_SIGNING_KEY: "", STRONGROOM_AUDIT_SIGNING_KEY_FILE: file });
    expect(masterKeySpec()).toBe("from-file");
    expect(auditSigningKeySpec()).toBe("from-file");
    configure({ STRONGROOM_MASTER_KEYS: "direct", STRONGROOM_AUDIT_SIGNING_KEY: "direct" });
    expect(masterKeySpec()).toBe("direct");
    expect(auditSigningKeySpec()).toBe("direct");
    const missing = path.join(dir, "missing");
    configure({ STRONGROOM_MASTER_KEYS: "", STRONGROOM_MASTER_KEY_FILE: missing });
    configure({ STRONGROOM_AUDIT_SIGNING_KEY: "", STRONGROOM_AUDIT_SIGNING_KEY_FILE: missing });
    expect(() => masterKeySpec()).toThrow(`STRONGROOM_MASTER_KEY_FILE (${missing}) cannot be read: ENOENT`);
    expect(() => auditSigningKeySpec()).toThrow(
      `STRONGROOM_AUDIT_SIGNING_KEY_FILE (${missing}) cannot be read: ENOENT`,
    );
  });

  it("answer none configured: an error for the master key, undefined for the signing key", () => {
    configure({ STRONGROOM_MASTER_KEYS: "", STRONGROOM_MASTER_KEY_FILE: "" });
    configure({ STRONGROOM_AUDIT_SIGNING_KEY: "", STRONGROOM_AUDIT_SIGNING_KEY_FILE: "" });
    expect(() => masterKeySpec()).toThrow(/^No master key configured/);
    expect(auditSigningKeySpec()).toBeUndefined();
  });
});
