// A secret's page as the browser receives it: display strings, never a value (the detail
// from the service holds only non-secret metadata; this keeps what the page shows).
import type { SecretDetail } from "@/lib/secrets";
import type { SecretAction } from "@/lib/authz/permissions";
import { SCOPE_LABELS, type Scope, type SecretStatus } from "@/lib/domain/constants";
import { CREDENTIAL_TYPES, isCredentialType } from "@/lib/secrets/credential-types";
import { availabilityLabel, credentialTypeLabel, expiryHint, formatDay } from "../format.ts";

export type SecretView = {
  id: string;
  name: string;
  status: SecretStatus;
  version: number;
  typeLabel: string;
  scopeLabel: string;
  availabilityLabel: string;
  description: string | null;
  createdOn: string;
  createdBy: string | null;
  lastUsedOn: string | null;
  expiresOn: string | null;
  expiryHint: string | null;
  deletionDueOn: string | null;
  fields: { label: string; value: string }[];
  environments: { id: string; name: string; isSet: boolean; version: number | null; changedOn: string | null }[];
  actions: SecretAction[];
};

/**
 * The non-secret fields of the credential type with their stored values. Left out: the
 * certificate text itself, and its expiry, which is the secret's Expiration date row.
 */
export function metadataFieldsOf(type: string, metadata: Record<string, unknown>): { label: string; value: string }[] {
  if (!isCredentialType(type)) return [];
  return CREDENTIAL_TYPES[type].metadataFields
    .filter((f) => f.key !== "certificatePem" && f.key !== "notAfter")
    .map((f) => {
      const raw = metadata[f.key];
      const value =
        f.options?.find((o) => o.value === raw)?.label ??
        (raw === undefined || raw === null || raw === "" ? null : String(raw));
      return { label: f.label, value: value ?? "—" };
    });
}

export function toSecretView(s: SecretDetail, now: Date): SecretView {
  return {
    id: s.id,
    name: s.name,
    status: s.status,
    version: s.version,
    typeLabel: credentialTypeLabel(s.type),
    scopeLabel: SCOPE_LABELS[s.scope as Scope] ?? s.scope,
    availabilityLabel: availabilityLabel({ ...s, spotNames: s.spots.map((x) => x.name) }),
    description: s.description,
    createdOn: formatDay(s.createdAt)!,
    createdBy: s.createdByName,
    lastUsedOn: formatDay(s.lastUsedAt),
    expiresOn: formatDay(s.expiresAt),
    expiryHint: s.status === "EXPIRED" ? null : expiryHint(s.expiresAt, now),
    deletionDueOn: formatDay(s.deletionDueAt),
    fields: metadataFieldsOf(s.type, s.metadata),
    environments: s.environments.map((e) => ({
      id: e.environmentId,
      name: e.environmentName,
      isSet: e.isSet,
      version: e.version,
      changedOn: formatDay(e.changedAt),
    })),
    actions: s.actions,
  };
}
