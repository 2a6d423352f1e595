import type { Metadata } from "next";
import { requireUserActor } from "@/lib/authz";
import { env } from "@/lib/env";
import { listMembers } from "@/lib/members";
import { MembersPanel } from "@/components/admin/members/members-panel";
import { requireSettingsSection } from "../require-section";
import { changeRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const ctx = await requireSettingsSection("/settings/members");
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const { members, invitations } = await listMembers(actor);
  return (
    <MembersPanel
      orgId={ctx.org.id}
      smtp={Boolean(env().SMTP_URL)}
      members={members.map((m) => ({
        ...m,
        joinedAt: m.joinedAt.toISOString(),
        lastLoginAt: m.lastLoginAt?.toISOString() ?? null,
      }))}
      invitations={invitations.map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        expiresAt: i.expiresAt.toISOString(),
        invitedBy: i.invitedBy,
        expired: i.expired,
      }))}
      actions={{
        invite: inviteMemberAction,
        revokeInvitation: revokeInvitationAction,
        changeRole: changeRoleAction,
        remove: removeMemberAction,
      }}
    />
  );
}
