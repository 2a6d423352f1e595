import type { OrgRole } from "@/lib/domain/constants";
import type { FormSubmit } from "@/lib/authz/form-state";
import type { ChangeRoleInput } from "@/lib/members/schema";
import type { Action } from "../types";

export type MemberView = {
  userId: string;
  name: string;
  email: string;
  role: OrgRole;
  joinedAt: string;
  lastLoginAt: string | null;
  isYou: boolean;
};
export type InvitationView = {
  id: string;
  email: string;
  role: OrgRole;
  expiresAt: string;
  invitedBy: string | null;
  expired: boolean;
};

export type MemberActions = {
  /** A form action (FormData: orgId, email, role). */
  invite: FormSubmit<{ email: string; expiresAt: string; delivery: "smtp" | "outbox" }>;
  revokeInvitation: Action<{ invitationId: string }>;
  changeRole: Action<ChangeRoleInput, { from: OrgRole; to: OrgRole; revokedTokens: number }>;
  remove: Action<{ orgId: string; userId: string }, { email: string; revokedTokens: number; scheduledSecrets: number }>;
};
