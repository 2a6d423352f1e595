import "server-only";
import { now as clockNow } from "../../lifecycle/clock.ts";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import { authorizeSecret, type Actor, secretAuditEvent } from "../../authz/index.ts";
import { ValidationError } from "../../errors/index.ts";
import type { UpdateSecretData } from "../secret-form-schema.ts";
import { validateCredential } from "../validate-credential.ts";
import { encryptPayload } from "../values.ts";
import { prefixKeys } from "./register.ts";
import { checkPlacement } from "./placement.ts";
import {
  assertSecretsReentered,
  assertTokenMayUpdate,
  changedDestinations,
  environmentsWithValue,
} from "./update-checks.ts";
import { writeNewVersion } from "./write-version.ts";

/**
 * Updates the non-secret fields and/or values of a secret as one new version. The name and the
 * credential type never change. Based on a stale version it fails with a conflict, never a
 * lost update; a failure leaves the previous state intact. A changed destination (token URL,
 * SFTP host/port) needs new values for every environment that has one; a token limited to
 * environments may change shared fields only if it is allowed in all of those (update-checks.ts).
 */
export async function updateSecret(
  actor: Actor,
  input: UpdateSecretData,
  opts: { request?: RequestInfo | null; now?: Date } = {},
): Promise<{ version: number }> {
  const now = opts.now ?? clockNow();
  const facts = await authorizeSecret(actor, input.secretId, "edit", opts.request);
  const current = await db.secret.findUniqueOrThrow({
    where: { id: facts.id },
    select: { type: true, metadata: true },
  });
  const changes: Record<string, unknown> = {};
  const changed: string[] = [];

  if (input.description !== undefined) {
    changes.description = input.description || null;
    changed.push("description");
  }
  if (input.expiresAt !== undefined && current.type !== "CERTIFICATE") {
    changes.expiresAt = input.expiresAt || null;
    changed.push("expirationDate");
  }
  if (facts.scope === "ORGANIZATION" && input.availability) {
    await checkPlacement(facts.orgId, {
      scope: "ORGANIZATION",
      availability: input.availability,
      spotIds: input.spotIds,
    });
    changes.availability = input.availability;
    changed.push("availability");
  }

  let destinations: ReturnType<typeof changedDestinations> = [];
  let payloadsByEnv: Record<string, Record<string, unknown>> = {};
  if (input.credential) {
    if (input.credential.type !== current.type) {
      throw new ValidationError("The credential type of a secret cannot be changed.", {
        "credential.type": ["The credential type cannot be changed."],
      });
    }
    const checked = await validateCredential(input.credential, { now, allowNoValues: true });
    if (!checked.ok)
      throw new ValidationError("Check the highlighted fields.", prefixKeys(checked.fieldErrors, "credential"));
    payloadsByEnv = checked.payloadsByEnv;
    const environmentIds = Object.keys(payloadsByEnv);
    const known = await db.environment.count({ where: { orgId: facts.orgId, id: { in: environmentIds } } });
    if (known !== environmentIds.length)
      throw new ValidationError("Unknown environment.", { "credential.values": ["Unknown environment."] });
    if (JSON.stringify(checked.metadata) !== current.metadata) {
      changes.metadata = JSON.stringify(checked.metadata);
      if (checked.expiresAt) changes.expiresAt = checked.expiresAt;
      changed.push("fields");
      destinations = changedDestinations(
        current.type,
        JSON.parse(current.metadata) as Record<string, unknown>,
        checked.metadata,
      );
    }
  }

  const newValueEnvironmentIds = Object.keys(payloadsByEnv);
  const valueEnvironmentIds = await environmentsWithValue(facts.id);
  await assertTokenMayUpdate(
    actor,
    { newValueEnvironmentIds, valueEnvironmentIds, sharedChange: changed.length > 0 },
    opts.request,
  );
  await assertSecretsReentered({
    type: current.type,
    destinations,
    valueEnvironmentIds,
    newValueEnvironmentIds,
    orgId: facts.orgId,
  });
  const rows = await Promise.all(
    newValueEnvironmentIds.map((environmentId) =>
      encryptPayload(payloadsByEnv[environmentId]!, {
        orgId: facts.orgId,
        secretId: facts.id,
        version: input.expectedVersion + 1,
        environmentId,
      }),
    ),
  );
  if (rows.length) changed.push("values");

  const version = await db.$transaction(async (tx) => {
    const v = await writeNewVersion(
      tx,
      facts,
      input.expectedVersion,
      changes,
      rows,
      actor.kind === "user" ? actor.userId : null,
    );
    if ("availability" in changes) {
      await tx.secretSpot.deleteMany({ where: { secretId: facts.id } });
      if (input.availability === "SPOTS") {
        await tx.secretSpot.createMany({
          data: [...new Set(input.spotIds ?? [])].map((spotId) => ({ secretId: facts.id, spotId })),
        });
      }
    }
    await recordAudit(
      secretAuditEvent(actor, facts, "secret.update", {
        detail: { changed, environments: rows.map((r) => r.environmentId), newVersion: v },
        request: opts.request,
      }),
      tx,
    );
    return v;
  });
  return { version };
}
