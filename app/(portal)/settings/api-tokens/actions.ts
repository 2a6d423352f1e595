"use server";
// Create and revoke API tokens through the one action pipeline. The organization comes from
// the resource: the form's organization (membership re-checked), or the token's own for revoke.
import { revalidatePath } from "next/cache";
import { createApiToken, apiTokenOrgId, revokeApiToken } from "@/lib/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schema";
import { defineAction, requireUserActor } from "@/lib/authz";

export const createApiTokenAction = defineAction(createApiTokenSchema, async (input, ctx) => {
  const actor = await requireUserActor(ctx.user, input.orgId);
  const created = await createApiToken(actor, input, { request: ctx.request });
  revalidatePath("/settings/api-tokens");
  return created;
});

export const revokeApiTokenAction = defineAction(revokeApiTokenSchema, async ({ tokenId }, ctx) => {
  const actor = await requireUserActor(ctx.user, await apiTokenOrgId(tokenId));
  await revokeApiToken(actor, tokenId, { request: ctx.request });
  revalidatePath("/settings/api-tokens");
  return { tokenId };
});
