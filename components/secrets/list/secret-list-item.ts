// One row of the Secrets Manager list as the browser receives it: display strings and the
// actions the user may take. Built on the server from the service's row; never a value.
import type { SecretListRow } from "@/lib/secrets";
import type { SecretAction } from "@/lib/authz/permissions";
import type { SecretStatus } from "@/lib/domain/constants";
import { availabilityLabel, credentialTypeLabel, expiryHint, formatDay } from "../format.ts";

export type SecretListItem = {
  id: string;
  name: string;
  description: string | null;
  typeLabel: string;
  availabilityLabel: string;
  createdOn: string;
  expiresOn: string | null;
  expiryHint: string | null;
  /** The last time a consumer used it (AWS: "Last retrieved"); null when never. */
  lastUsedOn: string | null;
  status: Exclude<SecretStatus, "DELETED">;
  deletionDueOn: string | null;
  actions: SecretAction[];
};

export function toSecretListItem(row: SecretListRow, now: Date): SecretListItem {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    typeLabel: credentialTypeLabel(row.type),
    availabilityLabel: availabilityLabel(row),
    createdOn: formatDay(row.createdAt)!,
    expiresOn: formatDay(row.expiresAt),
    expiryHint: row.status === "EXPIRED" ? null : expiryHint(row.expiresAt, now),
    lastUsedOn: formatDay(row.lastUsedAt),
    status: row.status as SecretListItem["status"],
    deletionDueOn: formatDay(row.deletionDueAt),
    actions: row.actions,
  };
}
