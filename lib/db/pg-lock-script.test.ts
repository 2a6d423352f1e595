import { describe, expect, it } from "vitest";
import { pgLockScript } from "./driver.ts";

const TAIL = `SELECT "seq", "hash" FROM "AuditEvent" WHERE "chain" = ? ORDER BY "seq" DESC LIMIT 1`;

describe("pgLockScript", () => {
  it("puts the lock before the read, with plain values inlined in order", () => {
    expect(pgLockScript("audit:cmb0abc123", TAIL, ["cmb0abc123"])).toBe(
      `SELECT pg_advisory_xact_lock(hashtext('audit:cmb0abc123')); SELECT "seq", "hash" FROM "AuditEvent" WHERE "chain" = 'cmb0abc123' ORDER BY "seq" DESC LIMIT 1`,
    );
    expect(pgLockScript("k", `SELECT ? AS n`, [42])).toBe(
      `SELECT pg_advisory_xact_lock(hashtext('k')); SELECT 42 AS n`,
    );
  });

  it("declines any value that would need escaping, so that it goes as a bound parameter", () => {
    for (const hostile of ['x\'; DROP TABLE "AuditEvent"; --', "a\\b", "two words", "", "é", "x".repeat(201)]) {
      expect(pgLockScript("audit:org", TAIL, [hostile]), hostile).toBeNull();
      expect(pgLockScript(hostile, TAIL, ["org"]), hostile).toBeNull();
    }
    for (const other of [1.5, Number.MAX_SAFE_INTEGER + 1, null, true, new Date(0), new Uint8Array([1])]) {
      expect(pgLockScript("audit:org", TAIL, [other]), String(other)).toBeNull();
    }
  });
});
