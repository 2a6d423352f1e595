import { describe, expect, it } from "vitest";
import type { Db } from "../db/index.ts";
import type { ValueContext } from "./aad.ts";
import { digestValue } from "./digest.ts";
import { decryptValue, encryptValue, rewrapValue } from "./envelope.ts";
import { rotateMasterKeys } from "./rotate.ts";
import { ctxA, masterKey, providerWith } from "./test-support.ts";

const k1 = masterKey();
const k2 = masterKey();
const onlyK1 = providerWith(["k1"], "k1", { k1 });
const both = providerWith(["k1", "k2"], "k2", { k1, k2 });
const onlyK2 = providerWith(["k2"], "k2", { k2 });

describe("rewrapValue", () => {
  it("moves a value from k1 to k2 without touching the ciphertext", async () => {
    const enc = await encryptValue(Buffer.from("rotate me"), ctxA, onlyK1);
    expect(enc.masterKeyId).toBe("k1");
    await expect(decryptValue(enc, ctxA, onlyK2)).rejects.toThrow(
      "cannot decrypt value: master key k1 is not configured",
    );
    const next = await rewrapValue(enc, ctxA, both);
    expect(next.masterKeyId).toBe("k2");
    expect([next.ciphertext, next.nonce, next.tag]).toEqual([enc.ciphertext, enc.nonce, enc.tag]);
    expect((await decryptValue(next, ctxA, onlyK2)).toString()).toBe("rotate me");
  });

  it("refuses a value under a key that is not configured", async () => {
    const enc = await encryptValue(Buffer.from("x"), ctxA, onlyK1);
    await expect(rewrapValue(enc, ctxA, onlyK2)).rejects.toThrow("master key k1 is not configured");
  });

  it("refuses to re-wrap under the wrong context", async () => {
    const enc = await encryptValue(Buffer.from("x"), ctxA, onlyK1);
    await expect(rewrapValue(enc, { ...ctxA, version: 9 }, both)).rejects.toThrow(/authentication failed/);
  });
});

// An in-memory stand-in for the few Prisma calls rotate.ts makes.
type Row = {
  id: string;
  orgId: string;
  secretId: string;
  environmentId: string;
  version: number;
  format: number;
  ciphertext: Uint8Array | null;
  nonce: Uint8Array | null;
  tag: Uint8Array | null;
  wrappedKey: Uint8Array | null;
  masterKeyId: string | null;
  digest: string | null;
  destroyedAt: Date | null;
};
type Where = Record<string, unknown>;

function matches(row: Row, where: Where): boolean {
  return Object.entries(where).every(([field, cond]) => {
    if (field === "AND") return (cond as Where[]).every((w) => matches(row, w));
    const value = row[field as keyof Row];
    if (cond !== null && typeof cond === "object") {
      const c = cond as { not?: unknown; gt?: string };
      if ("not" in c) return c.not === null ? value !== null : value !== null && value !== c.not;
      return typeof value === "string" && value > c.gt!;
    }
    return value === cond;
  });
}

function fakeDb(rows: Row[], beforeUpdate: (id: string) => void = () => {}) {
  const table = {
    count: async ({ where }: { where: Where }) => rows.filter((r) => matches(r, where)).length,
    findMany: async ({ where, take }: { where: Where; take: number }) =>
      rows
        .filter((r) => matches(r, where))
        .sort((a, b) => a.id.localeCompare(b.id))
        .slice(0, take)
        .map((r) => ({ ...r, secret: { orgId: r.orgId } })),
    updateMany: async ({ where, data }: { where: Where; data: Partial<Row> }) => {
      beforeUpdate(where.id as string);
      const hit = rows.filter((r) => matches(r, where));
      for (const r of hit) Object.assign(r, data);
      return { count: hit.length };
    },
  };
  return { secretValueVersion: table } as unknown as Db;
}

async function row(i: number, provider = onlyK1): Promise<Row> {
  const ctx: ValueContext = {
    orgId: `org_${i % 3}`,
    secretId: `sec_${i}`,
    version: 1 + (i % 2),
    environmentId: "env_1",
  };
  const enc = await encryptValue(Buffer.from(`value ${i}`), ctx, provider);
  return { id: `row_${String(i).padStart(3, "0")}`, ...ctx, ...enc, digest: null, destroyedAt: null };
}

const contextOf = (r: Row): ValueContext => ({
  orgId: r.orgId,
  secretId: r.secretId,
  version: r.version,
  environmentId: r.environmentId,
});
const encOf = (r: Row) => ({
  format: r.format,
  ciphertext: Buffer.from(r.ciphertext!),
  nonce: Buffer.from(r.nonce!),
  tag: Buffer.from(r.tag!),
  wrappedKey: Buffer.from(r.wrappedKey!),
  masterKeyId: r.masterKeyId!,
});

describe("rotateMasterKeys", () => {
  it("re-wraps all live rows in batches, recomputes digests, and is resumable", async () => {
    const rows = await Promise.all(Array.from({ length: 7 }, (_, i) => row(i)));
    rows.push({
      ...(await row(7)),
      ciphertext: null,
      nonce: null,
      tag: null,
      wrappedKey: null,
      masterKeyId: null,
      destroyedAt: new Date(),
    });
    rows.push(await row(8, both)); // already under k2
    const db = fakeDb(rows);
    let batches = 0;
    // Interrupt after the first batch of 3, then run again.
    const interrupted = rotateMasterKeys(db, both, {
      batchSize: 3,
      log: (l) => {
        if (l.includes("processed") && ++batches === 1) throw new Error("stop");
      },
    });
    await expect(interrupted).rejects.toThrow("stop");
    const lines: string[] = [];
    const result = await rotateMasterKeys(db, both, { batchSize: 3, log: (l) => lines.push(l) });
    expect(result).toEqual({ rotated: 4, skipped: 0, failed: 0, remaining: 0 });
    expect(lines[0]).toBe("Re-wrapping 4 value version(s) to master key k2.");
    for (const r of rows.filter((r) => !r.destroyedAt)) {
      expect(r.masterKeyId).toBe("k2");
      const plain = await decryptValue(encOf(r), contextOf(r), onlyK2);
      if (r.id !== "row_008") expect(r.digest).toBe(digestValue(plain, onlyK2));
    }
    expect(rows.find((r) => r.destroyedAt)!.masterKeyId).toBeNull();
  });

  it("skips rows changed meanwhile and leaves undecryptable rows as they were", async () => {
    const rows = [await row(1), await row(2), await row(3)];
    rows[1]!.version = 99; // AAD no longer matches: corrupted or tampered
    const db = fakeDb(rows, (id) => {
      if (id === "row_003") Object.assign(rows[2]!, { masterKeyId: null, destroyedAt: new Date() }); // destroyed concurrently
    });
    const lines: string[] = [];
    const result = await rotateMasterKeys(db, both, { log: (l) => lines.push(l) });
    expect(result).toEqual({ rotated: 1, skipped: 1, failed: 1, remaining: 1 });
    expect(rows[1]!.masterKeyId).toBe("k1");
    expect(lines.join("\n")).toMatch(/row_002: cannot decrypt value: authentication failed/);
    expect(lines.join("\n")).not.toMatch(/value \d/);
  });

  it("reports rows under a key that is not configured", async () => {
    const rows = [await row(1)];
    const lines: string[] = [];
    const result = await rotateMasterKeys(fakeDb(rows), onlyK2, { log: (l) => lines.push(l) });
    expect(result).toMatchObject({ rotated: 0, failed: 1, remaining: 1 });
    expect(lines.join("\n")).toContain("master key k1 is not configured");
  });
});
