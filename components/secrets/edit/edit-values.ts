// The edit form's values and how they become the updateSecretSchema input: only what changed
// is sent; an environment whose secret fields are all blank keeps its value. Pure, client-safe.
import type { Availability } from "@/lib/domain/constants";
import type { UpdateSecretInput } from "@/lib/secrets/secret-form-schema";
import {
  ALL_ENVIRONMENTS,
  enteredMetadataFields,
  isBlankPayload,
  type CredentialFormValues,
} from "../credential/credential-form-values.ts";
import type { CredentialType } from "@/lib/secrets/credential-types";

export type EditValues = {
  secretId: string;
  expectedVersion: number;
  description: string;
  expiresAt: string;
  availability: Availability | "";
  spotIds: string[];
  credential: CredentialFormValues & { type: CredentialType };
};

export type EditChoice = { environmentIds: string[]; sameForAll: boolean };

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

function metadataChanged(now: EditValues["credential"], before: EditValues["credential"]): boolean {
  const keys = now.type === "CERTIFICATE" ? ["certificatePem"] : enteredMetadataFields(now.type).map((f) => f.key);
  return keys.some((k) => String(now[k] ?? "") !== String(before[k] ?? ""));
}

export function toUpdateInput(v: EditValues, initial: EditValues, choice: EditChoice): UpdateSecretInput {
  const input: UpdateSecretInput = { secretId: v.secretId, expectedVersion: v.expectedVersion };
  if (v.description !== initial.description) input.description = v.description;
  if (v.credential.type !== "CERTIFICATE" && v.expiresAt !== initial.expiresAt) input.expiresAt = v.expiresAt;
  if (initial.availability && (v.availability !== initial.availability || !sameList(v.spotIds, initial.spotIds))) {
    input.availability = v.availability as Availability;
    input.spotIds = v.availability === "SPOTS" ? v.spotIds : undefined;
  }
  const type = v.credential.type;
  const values: Record<string, unknown> = {};
  for (const id of choice.environmentIds) {
    const payload = v.credential.values[choice.sameForAll ? ALL_ENVIRONMENTS : id];
    if (!isBlankPayload(type, payload)) values[id] = payload;
  }
  if (Object.keys(values).length > 0 || metadataChanged(v.credential, initial.credential)) {
    input.credential = { ...v.credential, values } as UpdateSecretInput["credential"];
  }
  return input;
}

/** True when the input would change nothing. */
export function isUnchanged(input: UpdateSecretInput): boolean {
  return Object.keys(input).every((k) => k === "secretId" || k === "expectedVersion");
}
