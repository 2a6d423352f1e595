"use server";
// Accepting an invitation. A new user has no session yet, so this action cannot use the
// signed-in pipeline: it parses with the form's schema, checks the link before hashing
// anything, and returns the same typed result. Joining with an existing account goes through
// defineAction (signed in as the invited e-mail).
import { getRequestInfo, selectOrganization } from "@/lib/auth";
import { defineAction, toActionError, type ActionResult } from "@/lib/authz";
import { zodFieldErrors } from "@/lib/authz/zod-errors";
import { acceptInvitation, describeInvitation, joinWithAccount, UNKNOWN_INVITATION } from "@/lib/members";
import { acceptInvitationSchema, joinInvitationSchema, type AcceptInvitationInput } from "@/lib/members/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";

export async function acceptInvitationAction(raw: AcceptInvitationInput): Promise<ActionResult<{ email: string }>> {
  const parsed = acceptInvitationSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "invalid_input", error: "Check the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error) };
  try {
    const view = await describeInvitation(parsed.data.token);
    if (!view) throw new NotFoundError(UNKNOWN_INVITATION);
    if (view.status !== "valid") throw new ConflictError("This invitation can no longer be used. Reload the page to see why.");
    const { email } = await acceptInvitation(parsed.data, { request: await getRequestInfo() });
    return { ok: true, data: { email } };
  } catch (e) {
    return toActionError(e);
  }
}

export const joinInvitationAction = defineAction(joinInvitationSchema, async ({ token }, ctx) => {
  const { orgId } = await joinWithAccount(ctx.user, token, { request: ctx.request });
  await selectOrganization(orgId);
  return { orgId };
});
