"use server";
// Members through the one action pipeline: the form's schema, the session, the actor of the
// organization that owns the resource (the form's organization, re-checked; an invitation's
// own), then members.manage and the audit record in lib/members.
import { revalidatePath } from "next/cache";
import { defineAction, requireUserActor } from "@/lib/authz";
import { changeMemberRole, invitationOrgId, inviteMember, removeMember, revokeInvitation } from "@/lib/members";
import { requestBaseUrl } from "@/lib/members/base-url";
import { changeRoleSchema, invitationRefSchema, inviteMemberSchema, memberRefSchema } from "@/lib/members/schema";

const PATH = "/settings/members";

export const inviteMemberAction = defineAction(inviteMemberSchema, async (input, ctx) => {
  const actor = await requireUserActor(ctx.user, input.orgId);
  const sent = await inviteMember(actor, input, { baseUrl: await requestBaseUrl(), request: ctx.request });
  revalidatePath(PATH);
  return { email: sent.email, expiresAt: sent.expiresAt.toISOString(), delivery: sent.delivery };
});

export const revokeInvitationAction = defineAction(invitationRefSchema, async ({ invitationId }, ctx) => {
  const actor = await requireUserActor(ctx.user, await invitationOrgId(invitationId));
  await revokeInvitation(actor, invitationId, { request: ctx.request });
  revalidatePath(PATH);
  return { invitationId };
});

export const changeRoleAction = defineAction(changeRoleSchema, async (input, ctx) => {
  const actor = await requireUserActor(ctx.user, input.orgId);
  const changed = await changeMemberRole(actor, input, { request: ctx.request });
  revalidatePath("/", "layout");
  return changed;
});

export const removeMemberAction = defineAction(memberRefSchema, async (input, ctx) => {
  const actor = await requireUserActor(ctx.user, input.orgId);
  const removed = await removeMember(actor, input, { request: ctx.request });
  revalidatePath(PATH);
  return removed;
});
