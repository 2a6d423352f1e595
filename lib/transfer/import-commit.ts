// Importing: the plan is recomputed on the server from the same file, the values encrypted
// (outside the transaction, in chunks, reporting progress), then everything is written in ONE
// transaction with multi-row inserts: new Key/Value secrets and their values, new versions of
// changed secrets (compare-and-set on the versions read: a change meanwhile aborts the whole
// import with nothing written), and one audit record per secret plus a summary.
import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "../db/index.ts";
import { bulkInsert } from "../db/bulk-insert.ts";
import { recordAuditBatch, type AuditInput, type RequestInfo } from "../audit/index.ts";
import { actorAudit, secretAuditEvent, type UserActor } from "../authz/index.ts";
import { ConflictError } from "../errors/index.ts";
import { now as clockNow } from "../lifecycle/clock.ts";
import { isUniqueViolation } from "../secrets/service/errors.ts";
import { insertValueRows } from "../secrets/service/value-rows.ts";
import { encryptPayload, type EncryptedRowData } from "../secrets/values.ts";
import { importPayload } from "./import-parse.ts";
import { planImport, type PlannedEntry } from "./import-plan.ts";
import type { ImportRequest } from "./schema.ts";
import { targetScopeKey } from "./scope.ts";

export type ImportProgress = { phase: "checking" | "encrypting" | "writing"; done: number; total: number };
export type ImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  environmentName: string;
  ms: number;
};

const CHUNK = 500;
const METADATA = JSON.stringify({ type: "KEY_VALUE" });

type Work = { entry: PlannedEntry; secretId: string; version: number; row?: EncryptedRowData };

export async function commitImport(
  actor: UserActor,
  req: ImportRequest,
  opts: { request?: RequestInfo | null; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportResult> {
  const started = performance.now();
  const report = opts.onProgress ?? (() => {});
  report({ phase: "checking", done: 0, total: 0 });
  const plan = await planImport(actor, req);
  const work: Work[] = plan.entries
    .filter((e) => e.status !== "unchanged")
    .map((entry) => ({
      entry,
      secretId: entry.secretId ?? randomUUID(),
      version: entry.secretId ? entry.version! + 1 : 1,
    }));
  for (let i = 0; i < work.length; i += CHUNK) {
    await Promise.all(
      work.slice(i, i + CHUNK).map(async (w) => {
        w.row = await encryptPayload(importPayload(w.entry), {
          orgId: actor.orgId,
          secretId: w.secretId,
          version: w.version,
          environmentId: plan.environment.id,
        });
      }),
    );
    report({ phase: "encrypting", done: Math.min(i + CHUNK, work.length), total: work.length });
  }
  const now = clockNow();
  try {
    await db.$transaction(
      async (tx) => {
        await writeImport(tx, actor, req, work, now, (done) => report({ phase: "writing", done, total: work.length }));
        await recordAuditBatch(auditRecords(actor, req, plan.environment, work, plan, opts.request), tx);
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (e) {
    if (isUniqueViolation(e))
      throw new ConflictError("A secret with one of these names was created meanwhile. Preview the import again.");
    throw e;
  }
  const count = (s: string) => plan.entries.filter((e) => e.status === s).length;
  return {
    created: count("new"),
    updated: count("changed"),
    unchanged: count("unchanged"),
    invalid: plan.invalid.length,
    environmentName: plan.environment.name,
    ms: Math.round(performance.now() - started),
  };
}

const SECRET_COLUMNS = [
  "id",
  "orgId",
  "scope",
  "workspaceId",
  "ownerId",
  "availability",
  "type",
  "name",
  "liveName",
  "scopeKey",
  "metadata",
  "status",
  "idleSince",
  "createdById",
  "version",
  "createdAt",
  "updatedAt",
] as const;

async function writeImport(
  tx: Tx,
  actor: UserActor,
  req: ImportRequest,
  work: Work[],
  now: Date,
  progress: (done: number) => void,
) {
  const scope = req.target.scope;
  const key = targetScopeKey(actor, req.target);
  const created = work.filter((w) => w.version === 1);
  // Multi-row INSERTs (lib/db/bulk-insert): Prisma's createMany costs far more per row.
  const at = new Date();
  await bulkInsert(
    tx,
    "Secret",
    SECRET_COLUMNS,
    created.map((w) => ({
      id: w.secretId,
      orgId: actor.orgId,
      scope,
      workspaceId: scope === "WORKSPACE" ? req.target.workspaceId! : null,
      ownerId: scope === "PERSONAL" ? actor.userId : null,
      availability: scope === "ORGANIZATION" ? "ORGANIZATION" : null,
      type: "KEY_VALUE",
      name: w.entry.name,
      liveName: w.entry.name,
      scopeKey: key,
      metadata: METADATA,
      status: "ACTIVE",
      idleSince: now,
      createdById: actor.userId,
      version: 1,
      createdAt: at,
      updatedAt: at,
    })),
  );
  // Changed secrets move from the version read to the next one, grouped by that version.
  const byVersion = new Map<number, string[]>();
  for (const w of work)
    if (w.version > 1) byVersion.set(w.version - 1, [...(byVersion.get(w.version - 1) ?? []), w.secretId]);
  for (const [version, ids] of byVersion) {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const { count } = await tx.secret.updateMany({
        where: { id: { in: chunk }, version, status: { not: "DELETED" } },
        data: { version: version + 1 },
      });
      if (count !== chunk.length)
        throw new ConflictError(
          "Some of these secrets were changed by someone else meanwhile. Preview the import again.",
        );
    }
  }
  for (let i = 0; i < work.length; i += CHUNK) {
    const rows = work.slice(i, i + CHUNK).map((w) => ({ ...w.row!, secretId: w.secretId, createdById: actor.userId }));
    await insertValueRows(tx, rows, at);
    progress(Math.min(i + CHUNK, work.length));
  }
}

function auditRecords(
  actor: UserActor,
  req: ImportRequest,
  environment: { id: string; name: string },
  work: Work[],
  plan: { entries: PlannedEntry[]; invalid: unknown[] },
  request: RequestInfo | null | undefined,
): AuditInput[] {
  const facts = (w: Work) => ({
    id: w.secretId,
    name: w.entry.name,
    orgId: actor.orgId,
    scope: req.target.scope,
    ownerId: req.target.scope === "PERSONAL" ? actor.userId : null,
  });
  const perSecret = work.map((w) =>
    secretAuditEvent(actor, facts(w), w.version === 1 ? "secret.create" : "secret.update", {
      environmentId: environment.id,
      detail:
        w.version === 1
          ? { type: "KEY_VALUE", environments: 1, via: "import" }
          : { changed: ["values"], environments: [environment.id], newVersion: w.version, via: "import" },
      request,
    }),
  );
  const count = (s: string) => plan.entries.filter((e) => e.status === s).length;
  const summary: AuditInput = {
    orgId: actor.orgId,
    actor: actorAudit(actor),
    action: "secret.import",
    outcome: "SUCCESS",
    environmentId: environment.id,
    detail: {
      scope: req.target.scope,
      workspaceId: req.target.workspaceId ?? null,
      format: req.format,
      created: count("new"),
      updated: count("changed"),
      unchanged: count("unchanged"),
      invalid: plan.invalid.length,
    },
    request,
  };
  return [...perSecret, summary];
}
