import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  checkCheckpoint,
  checkpointDue,
  checkpointFromJsonLine,
  checkpointToJsonLine,
  CHECKPOINT_GENESIS,
  makeCheckpoint,
  sameCheckpoint,
} from "./checkpoint-format.ts";
import { parseSigningKey } from "./signing.ts";

const signer = () =>
  parseSigningKey(generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString());
const head = { chain: "org_1", chainSeq: 1000, headHash: "a".repeat(64) };
const at = new Date("2026-12-06T20:05:00.000Z");

describe("audit checkpoints", () => {
  const s = signer();
  const keys = new Map([[s.keyId, s.publicKey]]);
  const first = makeCheckpoint(null, head, at, s);
  const second = makeCheckpoint(first, { ...head, chain: "org_2", chainSeq: 7 }, at, s);

  it("are numbered and linked across chains, and verify with the public key", () => {
    expect(first).toMatchObject({ seq: 1, prevHash: CHECKPOINT_GENESIS, signKeyId: s.keyId });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash, chain: "org_2" });
    expect(checkCheckpoint(first, keys)).toBe("ok");
    expect(checkCheckpoint(second, keys)).toBe("ok");
  });

  it("tell an altered field (hash kept), a re-hashed forgery and another signer apart", () => {
    expect(checkCheckpoint({ ...first, chainSeq: 999 }, keys)).toBe("altered");
    const forged = makeCheckpoint(null, { ...head, chainSeq: 999 }, at, signer());
    expect(checkCheckpoint({ ...forged, signKeyId: s.keyId }, keys)).toBe("altered");
    const resigned = makeCheckpoint(null, { ...head, chainSeq: 999 }, at, { ...signer(), keyId: s.keyId });
    expect(checkCheckpoint(resigned, keys)).toBe("bad-signature");
    expect(checkCheckpoint(forged, keys)).toBe("unknown-signer");
    expect(checkCheckpoint(first, new Map())).toBe("unchecked");
  });

  it("round-trip through their JSON line; other lines are not checkpoints", () => {
    const line = checkpointToJsonLine(second);
    expect(line.endsWith("\n")).toBe(true);
    const back = checkpointFromJsonLine(line)!;
    expect(sameCheckpoint(back, second)).toBe(true);
    expect(checkCheckpoint(back, keys)).toBe("ok");
    expect(checkpointFromJsonLine("{")).toBeNull();
    expect(checkpointFromJsonLine(JSON.stringify({ ...JSON.parse(line), headHash: "x" }))).toBeNull();
  });

  it("fall due at a chain's start, at its first keyed record and at every multiple of N records", () => {
    expect(checkpointDue(null, 3, 1000)).toBe(true);
    expect(checkpointDue({ seq: 12, keyId: null }, 13, 1000)).toBe(true);
    expect(checkpointDue({ seq: 13, keyId: "k1" }, 999, 1000)).toBe(false);
    expect(checkpointDue({ seq: 998, keyId: "k1" }, 1003, 1000)).toBe(true);
    expect(checkpointDue({ seq: 1000, keyId: "k1" }, 1001, 1000)).toBe(false);
  });
});
