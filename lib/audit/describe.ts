// What an audit record says on screen: the action in words and the object it was done to, e.g.
// "Opened quick command «deploy hook»". The object is taken from the record itself (the secret's
// name, or the name, e-mail or rename that the action recorded in its detail). Client-safe.
import { auditActionLabel } from "./actions.ts";

export type DescribedRecord = { action: string; secretName: string | null; targetType: string | null; detail: string };

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
const nameOf = (v: unknown) => text(v) ?? text((v as { name?: unknown } | null)?.name);

function parseDetail(detail: string): Record<string, unknown> {
  try {
    const d = JSON.parse(detail) as unknown;
    return d && typeof d === "object" && !Array.isArray(d) ? (d as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The object of the record, or null when the action has none (a sign-in: the actor is the subject). */
export function auditObject(r: DescribedRecord): string | null {
  if (r.secretName) return `«${r.secretName}»`;
  const d = parseDetail(r.detail);
  const from = nameOf(d.from);
  const to = nameOf(d.to);
  if (from && to && r.action.endsWith(".rename")) return `«${from}» → «${to}»`;
  const named = text(d.name) ?? text(d.email) ?? text(d.consumerName);
  if (named) return `«${named}»`;
  // A private command's name is its owner's business: a denial of someone else's is not named.
  if (r.targetType === "quick_command") return "(a private command)";
  return null;
}

export function describeAuditRecord(r: DescribedRecord): string {
  const object = auditObject(r);
  return object ? `${auditActionLabel(r.action)} ${object}` : auditActionLabel(r.action);
}
