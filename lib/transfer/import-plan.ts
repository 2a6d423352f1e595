// The preview of an import: each valid entry is new (no secret of that name in the storage
// location), changed (a Key/Value secret of that name whose value in the environment differs
// or is missing) or unchanged (same value: the digest of the new value, computed here, equals
// the stored one — nothing is decrypted or revealed); plus the invalid lines.
import "server-only";
import { db } from "../db/index.ts";
import { allowedSecretActions, SECRET_FACTS_SELECT, toFacts, type UserActor } from "../authz/index.ts";
import { digestValue, getKeyProvider } from "../crypto/index.ts";
import { CREDENTIAL_TYPES } from "../secrets/credential-types/index.ts";
import { NotFoundError } from "../errors/index.ts";
import { currentValues } from "./current-values.ts";
import { importPayload, parseImportFile, type ImportEntry, type InvalidLine } from "./import-parse.ts";
import type { ImportRequest } from "./schema.ts";
import { checkTransferScope, scopeSecretsWhere } from "./scope.ts";

export type PlanStatus = "new" | "changed" | "unchanged";
export type PlannedEntry = ImportEntry & {
  status: PlanStatus;
  digest: string;
  secretId: string | null;
  version: number | null;
  addsValue: boolean;
};
export type ImportPlan = { environment: { id: string; name: string }; entries: PlannedEntry[]; invalid: InvalidLine[] };
/** What the browser is shown: names, line numbers and counts — never a value. */
export type ImportPreview = {
  environmentName: string;
  counts: Record<PlanStatus | "invalid", number>;
  names: Record<PlanStatus, { line: number | null; name: string }[]>;
  invalid: InvalidLine[];
};

const CHUNK = 900;
const typeLabel = (type: string) => CREDENTIAL_TYPES[type as keyof typeof CREDENTIAL_TYPES]?.label ?? type;

export function digestOfEntry(entry: Pick<ImportEntry, "name" | "value">): string {
  return digestValue(Buffer.from(JSON.stringify(importPayload(entry)), "utf8"), getKeyProvider());
}

export async function planImport(actor: UserActor, req: ImportRequest): Promise<ImportPlan> {
  await checkTransferScope(actor, req.target, "import");
  const environment = await db.environment.findFirst({
    where: { id: req.environmentId, orgId: actor.orgId },
    select: { id: true, name: true },
  });
  if (!environment) throw new NotFoundError("Environment not found.");
  const parsed = parseImportFile(req.content, req.format);
  const existing = new Map<string, { id: string; type: string; version: number; editable: boolean }>();
  for (let i = 0; i < parsed.entries.length; i += CHUNK) {
    const names = parsed.entries.slice(i, i + CHUNK).map((e) => e.name);
    const rows = await db.secret.findMany({
      where: { ...scopeSecretsWhere(actor, req.target), liveName: { in: names } },
      select: { ...SECRET_FACTS_SELECT, type: true },
    });
    for (const r of rows)
      existing.set(r.name, {
        id: r.id,
        type: r.type,
        version: r.version,
        editable: allowedSecretActions(actor, toFacts(r)).has("edit"),
      });
  }
  const values = await currentValues(
    [...existing.values()].map((e) => e.id),
    [environment.id],
  );
  const invalid = [...parsed.invalid];
  const entries: PlannedEntry[] = [];
  for (const entry of parsed.entries) {
    const found = existing.get(entry.name);
    const at = entry.line === null ? "" : `Line ${entry.line}: `;
    if (found && found.type !== "KEY_VALUE") {
      invalid.push({
        line: entry.line,
        message: `${at}a secret named "${entry.name}" already exists as ${typeLabel(found.type)}; Import only updates Key/Value secrets.`,
      });
      continue;
    }
    if (found && !found.editable) {
      invalid.push({ line: entry.line, message: `${at}you may not change the secret "${entry.name}".` });
      continue;
    }
    const digest = digestOfEntry(entry);
    const current = found ? values.get(found.id)?.get(environment.id) : undefined;
    const live = current && !current.destroyed ? current : undefined;
    const status: PlanStatus = !found ? "new" : live?.digest === digest ? "unchanged" : "changed";
    entries.push({
      ...entry,
      status,
      digest,
      secretId: found?.id ?? null,
      version: found?.version ?? null,
      addsValue: !!found && !live,
    });
  }
  invalid.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { environment, entries, invalid };
}

export function toPreview(plan: ImportPlan): ImportPreview {
  const names: ImportPreview["names"] = { new: [], changed: [], unchanged: [] };
  for (const e of plan.entries) names[e.status].push({ line: e.line, name: e.name });
  return {
    environmentName: plan.environment.name,
    counts: {
      new: names.new.length,
      changed: names.changed.length,
      unchanged: names.unchanged.length,
      invalid: plan.invalid.length,
    },
    names,
    invalid: plan.invalid,
  };
}
