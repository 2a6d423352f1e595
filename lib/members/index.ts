// Members of an organization: listing, invitations (sent through the outbox), accepting them,
// role changes and removal (Account Holders: "members.manage").
import "server-only";
export { listMembers, memberChoices, type MemberRow, type InvitationRow } from "./list.ts";
export { inviteMember, revokeInvitation, type SentInvitation } from "./invite.ts";
export {
  acceptInvitation,
  joinWithAccount,
  describeInvitation,
  UNKNOWN_INVITATION,
  type InvitationView,
  type InvitationStatus,
} from "./accept.ts";
export { changeMemberRole } from "./change-role.ts";
export { removeMember, type RemovedMember } from "./remove.ts";
export { LAST_HOLDER_MESSAGE } from "./holders.ts";
