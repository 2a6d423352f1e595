"use server";
// Accepting an invitation. A new user has no session yet, so this action is on the public tier:
// it parses with the form's schema, checks the link before hashing anything, and returns the
// same typed result. Joining with an existing account is on the session tier (signed in as the
// invited e-mail).
import { selectOrganization } from "@/lib/auth";
import { defineAction, publicAction } from "@/lib/authz";
import { acceptInvitation, describeInvitation, joinWithAccount, UNKNOWN_INVITATION } from "@/lib/members";
import { acceptInvitationSchema, joinInvitationSchema } from "@/lib/members/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";

export const acceptInvitationAction = publicAction(acceptInvitationSchema, async (input, ctx) => {
  const view = await describeInvitation(input.token);
  if (!view) throw new NotFoundError(UNKNOWN_INVITATION);
  if (view.status !== "valid")
    throw new ConflictError("This invitation can no longer be used. Reload the page to see why.");
  const { email } = await acceptInvitation(input, { request: ctx.request });
  return { email };
});

export const joinInvitationAction = defineAction(joinInvitationSchema, async ({ token }, ctx) => {
  const { orgId } = await joinWithAccount(ctx.user, token, { request: ctx.request });
  await selectOrganization(orgId);
  return { orgId };
});
