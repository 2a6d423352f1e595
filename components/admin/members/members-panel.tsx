"use client";
// Settings → Members: the members with their role, open invitations, and "Invite member".
import { ToastProvider } from "@/components/ui";
import { InvitationsTable } from "./invitations-table";
import { InviteMemberButton } from "./invite-member-button";
import { MembersTable } from "./members-table";
import type { InvitationView, MemberActions, MemberView } from "./types";

type Props = {
  orgId: string;
  members: MemberView[];
  invitations: InvitationView[];
  smtp: boolean;
  actions: MemberActions;
};

export function MembersPanel({ orgId, members, invitations, smtp, actions }: Props) {
  return (
    <ToastProvider>
      <div className="space-y-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="max-w-2xl text-sm text-zinc-600">
            <h2 className="text-lg font-semibold text-zinc-900">Members</h2>
            <p className="mt-1">
              Account Holders manage everything; Account Managers manage organization and workspace secrets; Members
              manage their personal secrets and use what is made available to them.
              {!smtp && " SMTP is not configured: invitations wait in Settings → Outbox."}
            </p>
          </div>
          <InviteMemberButton orgId={orgId} action={actions.invite} />
        </div>
        <MembersTable orgId={orgId} members={members} actions={actions} />
        {invitations.length > 0 && (
          <section className="space-y-2">
            <h3 className="text-base font-semibold text-zinc-900">Open invitations</h3>
            <InvitationsTable invitations={invitations} revoke={actions.revokeInvitation} />
          </section>
        )}
      </div>
    </ToastProvider>
  );
}
