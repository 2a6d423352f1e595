"use server";
// "Where used" search for one secret (the secret page and the edit and delete dialogs).
import { z } from "zod";
import { idSchema } from "@/lib/domain/id";
import { secretAction } from "@/lib/authz";
import { listUsages } from "@/lib/usage";
import { toUsageItem } from "@/components/secrets/where-used/usage-item";

const schema = z.object({ secretId: idSchema, q: z.string().trim().max(128).optional() });

export const listSecretUsagesAction = secretAction(schema, async ({ secretId, q }, { actor }) => {
  return (await listUsages(actor, secretId, q || undefined)).map(toUsageItem);
});
