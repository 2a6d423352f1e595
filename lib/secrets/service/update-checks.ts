// The checks of an update that depend on what is stored: a changed destination (token URL,
// SFTP host or port) needs the secret fields entered again for every environment that has a
// value, so that a stored secret is never sent somewhere new by someone who does not know it;
// and a token limited to some environments may change only what affects those
// (lib/authz/environment-limits.ts).
import "server-only";
import type { RequestInfo } from "../../audit/index.ts";
import { type Actor, assertEnvironmentsAllowed } from "../../authz/index.ts";
import { db } from "../../db/index.ts";
import { ValidationError } from "../../errors/index.ts";
import { CREDENTIAL_TYPES, isCredentialType, type CredentialField } from "../credential-types/index.ts";

/** Environments in which the secret has a value (any version). */
export async function environmentsWithValue(secretId: string): Promise<string[]> {
  const rows = await db.secretValueVersion.findMany({
    where: { secretId },
    distinct: ["environmentId"],
    select: { environmentId: true },
  });
  return rows.map((r) => r.environmentId);
}

/** The destination fields of `type` whose value differs between the stored and the new metadata. */
export function changedDestinations(
  type: string,
  stored: Record<string, unknown>,
  next: Record<string, unknown>,
): CredentialField[] {
  if (!isCredentialType(type)) return [];
  const differs = (key: string) => String(stored[key] ?? "") !== String(next[key] ?? "");
  return CREDENTIAL_TYPES[type].metadataFields.filter((f) => f.destination && differs(f.key));
}

/** ["a", "b", "c"] → "a, b and c" */
const list = (words: string[]) =>
  words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;

/**
 * Refuses a destination change unless every environment with a value gets a new payload.
 * Field errors name the destination field and each secret field left blank.
 */
export async function assertSecretsReentered(input: {
  type: string;
  destinations: CredentialField[];
  valueEnvironmentIds: string[];
  newValueEnvironmentIds: string[];
  orgId: string;
}): Promise<void> {
  if (input.destinations.length === 0 || !isCredentialType(input.type)) return;
  const missing = input.valueEnvironmentIds.filter((id) => !input.newValueEnvironmentIds.includes(id));
  if (missing.length === 0) return;
  const secretFields = CREDENTIAL_TYPES[input.type].secretFields.filter((f) => f.required);
  const secretWords = list(secretFields.map((f) => f.label));
  const changed = list(input.destinations.map((f) => f.label));
  const envs = await db.environment.findMany({
    where: { orgId: input.orgId, id: { in: missing } },
    orderBy: { position: "asc" },
  });
  const errors: Record<string, string[]> = {};
  for (const field of input.destinations) {
    errors[`credential.${field.key}`] = [
      `Changing the ${field.label} changes where the ${secretWords} is sent: enter the ${secretWords} again ` +
        `for ${list(envs.map((e) => e.name))}, or keep the previous ${field.label}.`,
    ];
  }
  for (const id of missing) {
    for (const field of secretFields) {
      errors[`credential.values.${id}.${field.key}`] = [`Enter the ${field.label} again: the ${changed} changed.`];
    }
  }
  const message = `The ${changed} changed: enter the ${secretWords} again for every environment that has a value.`;
  throw new ValidationError(message, errors);
}

/**
 * A token limited to environments: values only of allowed ones, and a change shared by every
 * environment (`sharedChange`) only if it is allowed in each environment that has a value.
 */
export async function assertTokenMayUpdate(
  actor: Actor,
  input: { newValueEnvironmentIds: string[]; valueEnvironmentIds: string[]; sharedChange: boolean },
  request: RequestInfo | null | undefined,
): Promise<void> {
  await assertEnvironmentsAllowed(actor, input.newValueEnvironmentIds, request);
  if (input.sharedChange) {
    await assertEnvironmentsAllowed(actor, input.valueEnvironmentIds, request, { sharedChange: true });
  }
}
