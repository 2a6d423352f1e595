"use server";
// Create and revoke API tokens through the one action pipeline. The organization comes from
// the resource: the form's organization (membership re-checked), or the token's own for revoke.
import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schema";
import { organizationAction, tokenAction } from "@/lib/authz";

export const createApiTokenAction = organizationAction(createApiTokenSchema, async (input, { actor, request }) => {
  const created = await createApiToken(actor, input, { request });
  revalidatePath("/settings/api-tokens");
  return created;
});

export const revokeApiTokenAction = tokenAction(revokeApiTokenSchema, async ({ tokenId }, { actor, request }) => {
  await revokeApiToken(actor, tokenId, { request });
  revalidatePath("/settings/api-tokens");
  return { tokenId };
});
