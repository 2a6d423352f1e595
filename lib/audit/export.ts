// Streams the records a viewer may read, filtered like the page, as CSV (newest first), in
// batches so that a long log never sits in memory at once.
import "server-only";
import { db } from "../db/index.ts";
import type { UserActor } from "../authz/index.ts";
import { AUDIT_CSV_HEADER, auditCsvLine, csvLine } from "./csv.ts";
import { AUDIT_ORDER, auditWhere, type AuditQuery } from "./query.ts";

const BATCH = 1000;
export const MAX_EXPORT_ROWS = 100_000;

export function streamAuditCsv(actor: UserActor, q: AuditQuery): ReadableStream<Uint8Array> {
  const where = auditWhere(actor, q);
  const encoder = new TextEncoder();
  let skip = 0;
  let environments: Map<string, string> | undefined;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const envs = await db.environment.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } });
      environments = new Map(envs.map((e) => [e.id, e.name]));
      controller.enqueue(encoder.encode("\uFEFF" + csvLine(AUDIT_CSV_HEADER)));
    },
    async pull(controller) {
      const rows = await db.auditEvent.findMany({ where, orderBy: AUDIT_ORDER, skip, take: BATCH });
      skip += rows.length;
      if (rows.length) controller.enqueue(encoder.encode(rows.map((r) => auditCsvLine(r, environments!)).join("")));
      if (rows.length < BATCH || skip >= MAX_EXPORT_ROWS) controller.close();
    },
  });
}
