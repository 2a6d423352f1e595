// Export of a storage location's values in one environment as `.env` or JSON — a value reveal:
// only for those permitted (scope.ts), after re-entering the password (wrong passwords count
// towards the sign-in lock-out), and audited as "secret.export" per secret plus a summary.
// A Spot-restricted organization secret is exported only for members of one of its Spots
// (the same rule as using it).
import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, recordAuditBatch, type RequestInfo } from "../audit/index.ts";
import {
  actorAudit,
  allowedSecretActions,
  SECRET_FACTS_SELECT,
  secretAuditEvent,
  toFacts,
  type UserActor,
} from "../authz/index.ts";
import { NotFoundError } from "../errors/index.ts";
import { decryptPayload, isDecryptable } from "../secrets/values.ts";
import { currentValueRows } from "../secrets/service/value-rows.ts";
import { exportPairs, renderExport, type ExportItem } from "./export-format.ts";
import { confirmPassword } from "./export-password.ts";
import type { FileFormat, TransferScope } from "./schema.ts";
import { checkTransferScope, scopeSecretsWhere } from "./scope.ts";

export type ExportRequest = { target: TransferScope; environmentId: string; format: FileFormat; password: string };
export type ExportFile = {
  filename: string;
  mimeType: string;
  content: string;
  secrets: number;
  variables: number;
  skipped: string[];
};

const CHUNK = 500;

export async function exportValues(
  actor: UserActor,
  req: ExportRequest,
  opts: { request?: RequestInfo | null } = {},
): Promise<ExportFile> {
  await checkTransferScope(actor, req.target, "export");
  const environment = await db.environment.findFirst({
    where: { id: req.environmentId, orgId: actor.orgId },
    select: { id: true, name: true, slug: true },
  });
  if (!environment) throw new NotFoundError("Environment not found.");
  await confirmPassword(actor, req.password, {
    request: opts.request,
    detail: { scope: req.target.scope, environmentId: environment.id },
  });

  const secrets = (
    await db.secret.findMany({
      where: scopeSecretsWhere(actor, req.target),
      orderBy: { name: "asc" },
      select: { ...SECRET_FACTS_SELECT, type: true, metadata: true },
    })
  ).filter((s) => allowedSecretActions(actor, toFacts(s)).has("use"));
  const items: (ExportItem & { id: string; facts: ReturnType<typeof toFacts> })[] = [];
  for (let i = 0; i < secrets.length; i += CHUNK) {
    const chunk = secrets.slice(i, i + CHUNK);
    // A value that is not current fails the whole export closed, as a use does.
    const latest = await currentValueRows(chunk, environment.id);
    for (const s of chunk) {
      const row = latest.get(s.id);
      if (!row || !isDecryptable(row)) continue;
      const payload = await decryptPayload(row, {
        orgId: s.orgId,
        secretId: s.id,
        environmentId: environment.id,
        version: row.version,
      });
      items.push({
        id: s.id,
        facts: toFacts(s),
        name: s.name,
        type: s.type,
        metadata: JSON.parse(s.metadata) as Record<string, unknown>,
        payload,
      });
    }
  }
  const { pairs, skipped } = exportPairs(items);
  const stamp = new Date().toISOString();
  const content = renderExport(
    pairs,
    req.format,
    `Exported from Strongroom by ${actor.label} at ${stamp} (environment ${environment.name})`,
  );
  await db.$transaction(async (tx) => {
    await recordAuditBatch(
      items.map((it) =>
        secretAuditEvent(actor, it.facts, "secret.export", {
          environmentId: environment.id,
          detail: { format: req.format },
          request: opts.request,
        }),
      ),
      tx,
    );
    await recordAudit(
      {
        orgId: actor.orgId,
        actor: actorAudit(actor),
        action: "secret.export",
        outcome: "SUCCESS",
        environmentId: environment.id,
        detail: {
          scope: req.target.scope,
          workspaceId: req.target.workspaceId ?? null,
          format: req.format,
          secrets: items.length,
          variables: pairs.length,
        },
        request: opts.request,
      },
      tx,
    );
  });
  const scopeName = req.target.scope === "WORKSPACE" ? "workspace" : req.target.scope.toLowerCase();
  return {
    filename: `strongroom-${scopeName}-${environment.slug}.${req.format === "dotenv" ? "env" : "json"}`,
    mimeType: req.format === "dotenv" ? "text/plain; charset=utf-8" : "application/json",
    content,
    secrets: items.length,
    variables: pairs.length,
    skipped,
  };
}
