// One place where a secret is used, as the browser receives it.
import type { UsageRow } from "@/lib/usage";
import { formatDay } from "../format.ts";

/** A usage row with its dates as the screens show them. */
export type UsageItem = Omit<UsageRow, "createdAt" | "createdByName"> & { since: string; byName: string | null };

const KIND_LABELS: Record<string, string> = {
  QUICK_COMMAND: "Quick Command",
  AGENT: "Agent",
  AUTOMATION: "Automation",
  MACHINE_CLIENT: "Machine client",
  OTHER: "Other",
};

export function consumerKindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function toUsageItem(row: UsageRow): UsageItem {
  return {
    id: row.id,
    secretId: row.secretId,
    secretName: row.secretName,
    consumerKind: row.consumerKind,
    consumerName: row.consumerName,
    consumerUrl: row.consumerUrl,
    location: row.location,
    since: formatDay(row.createdAt)!,
    byName: row.createdByName,
  };
}
