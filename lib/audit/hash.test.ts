import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditHash, auditHmac, GENESIS_HASH, type ChainedFields } from "./hash.ts";

const fields: ChainedFields = {
  chain: "org_1",
  seq: 1,
  at: new Date("2026-12-06T20:00:00.123Z"),
  orgId: "org_1",
  actorType: "USER",
  actorUserId: "u1",
  actorTokenId: null,
  actorLabel: "holder@acme.test",
  action: "secret.use",
  secretId: "s1",
  secretName: "stripe",
  personalOwnerId: null,
  environmentId: "e1",
  targetType: null,
  targetId: null,
  ip: "10.0.0.1",
  userAgent: "curl/8",
  outcome: "SUCCESS",
  detail: "{}",
  prevHash: GENESIS_HASH,
};
const k1 = { keyId: "k1", key: Buffer.alloc(32, 1) };

describe("audit record hashes", () => {
  it("keeps the legacy hash: SHA-256 of the fields as JSON (records written before keying)", () => {
    const canonical = JSON.stringify([
      "org_1",
      1,
      "2026-12-06T20:00:00.123Z",
      "org_1",
      "USER",
      "u1",
      null,
      "holder@acme.test",
      "secret.use",
      "s1",
      "stripe",
      null,
      "e1",
      null,
      null,
      "10.0.0.1",
      "curl/8",
      "SUCCESS",
      "{}",
      GENESIS_HASH,
    ]);
    expect(auditHash(fields)).toBe(createHash("sha256").update(canonical).digest("hex"));
  });

  it("keys the hash: without the key it cannot be recomputed, and any other key gives another", () => {
    const mac = auditHmac(fields, k1);
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    expect(mac).not.toBe(auditHash(fields));
    expect(auditHmac(fields, { keyId: "k1", key: Buffer.alloc(32, 2) })).not.toBe(mac);
    expect(auditHmac({ ...fields }, k1)).toBe(mac);
  });

  it("covers every field, the previous hash and the key id", () => {
    const mac = auditHmac(fields, k1);
    expect(auditHmac({ ...fields, actorLabel: "someone@else.test" }, k1)).not.toBe(mac);
    expect(auditHmac({ ...fields, at: new Date(fields.at.getTime() + 1) }, k1)).not.toBe(mac);
    expect(auditHmac({ ...fields, prevHash: "1".repeat(64) }, k1)).not.toBe(mac);
    expect(auditHmac(fields, { ...k1, keyId: "k2" })).not.toBe(mac);
  });
});
