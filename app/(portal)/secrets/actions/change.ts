"use server";
// Editing a secret and rolling back a value. The organization is derived from the secret id
// (the resource tier); the service checks the permission and the expected version.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema as id } from "@/lib/domain/id";
import { secretAction } from "@/lib/authz";
import { rollbackValue, updateSecret } from "@/lib/secrets";
import { updateSecretSchema } from "@/lib/secrets/secret-form-schema";
import { now } from "@/lib/lifecycle/clock";

export const updateSecretAction = secretAction(updateSecretSchema, async (input, { actor, request }) => {
  const result = await updateSecret(actor, input, { request, now: now() });
  revalidatePath("/secrets", "layout");
  return result;
});

const rollbackSchema = z.object({
  secretId: id,
  environmentId: id,
  toVersion: z.number().int().min(1),
  expectedVersion: z.number().int().min(1),
});

export const rollbackValueAction = secretAction(rollbackSchema, async ({ secretId, ...input }, { actor, request }) => {
  const result = await rollbackValue(actor, secretId, input, { request });
  revalidatePath("/secrets", "layout");
  return result;
});
