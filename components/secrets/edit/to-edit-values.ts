// The edit form's starting values, built on the server from the secret's detail: non-secret
// fields only (secret fields start empty), and the version the edit is based on.
import type { SecretDetail } from "@/lib/secrets";
import type { Availability } from "@/lib/domain/constants";
import type { CredentialType } from "@/lib/secrets/credential-types";
import type { CertificateDetails } from "../action-types.ts";
import { ALL_ENVIRONMENTS, emptyPayload, enteredMetadataFields } from "../credential/credential-form-values.ts";
import { formatDay } from "../format.ts";
import type { EditValues } from "./edit-values.ts";

export function toEditValues(s: SecretDetail): EditValues {
  const type = s.type as CredentialType;
  const credential: EditValues["credential"] = { type, values: {} };
  if (type === "CERTIFICATE") credential.certificatePem = String(s.metadata.certificatePem ?? "");
  for (const field of enteredMetadataFields(type)) {
    if (field.kind === "file") continue;
    const stored = s.metadata[field.key];
    credential[field.key] = stored === undefined || stored === null ? "" : String(stored);
  }
  for (const key of [ALL_ENVIRONMENTS, ...s.environments.map((e) => e.environmentId)])
    credential.values[key] = emptyPayload(type);
  return {
    secretId: s.id,
    expectedVersion: s.version,
    description: s.description ?? "",
    expiresAt: formatDay(s.expiresAt) ?? "",
    availability: s.scope === "ORGANIZATION" ? ((s.availability ?? "ORGANIZATION") as Availability) : "",
    spotIds: s.spots.map((x) => x.id),
    credential,
  };
}

export function certificateDetailsOf(s: SecretDetail): CertificateDetails | null {
  if (s.type !== "CERTIFICATE") return null;
  const m = s.metadata;
  return {
    subject: String(m.subject ?? ""),
    issuer: String(m.issuer ?? ""),
    fingerprintSha256: String(m.fingerprintSha256 ?? ""),
    notAfter: formatDay(String(m.notAfter ?? "")) ?? "",
  };
}
