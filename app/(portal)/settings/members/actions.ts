"use server";
// Members through the one action pipeline: the form's schema, the session, the actor of the
// organization that owns the resource (the form's organization, re-checked; an invitation's
// own), then members.manage and the audit record in lib/members.
import { revalidatePath } from "next/cache";
import { formAction, invitationAction, organizationAction } from "@/lib/authz";
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from "@/lib/members";
import { requestBaseUrl } from "@/lib/members/base-url";
import { changeRoleSchema, invitationRefSchema, inviteMemberSchema, memberRefSchema } from "@/lib/members/schema";

const PATH = "/settings/members";

export const inviteMemberAction = formAction(
  organizationAction(inviteMemberSchema, async (input, { actor, request }) => {
    const sent = await inviteMember(actor, input, { baseUrl: await requestBaseUrl(), request });
    revalidatePath(PATH);
    return { email: sent.email, expiresAt: sent.expiresAt.toISOString(), delivery: sent.delivery };
  }),
);

export const revokeInvitationAction = invitationAction(
  invitationRefSchema,
  async ({ invitationId }, { actor, request }) => {
    await revokeInvitation(actor, invitationId, { request });
    revalidatePath(PATH);
    return { invitationId };
  },
);

export const changeRoleAction = organizationAction(changeRoleSchema, async (input, { actor, request }) => {
  const changed = await changeMemberRole(actor, input, { request });
  revalidatePath("/", "layout");
  return changed;
});

export const removeMemberAction = organizationAction(memberRefSchema, async (input, { actor, request }) => {
  const removed = await removeMember(actor, input, { request });
  revalidatePath(PATH);
  return removed;
});
