// What differs between the two kinds of group with members, as data: their words in messages,
// the audit action of adding a member, and whether members have a role. Everything else about
// workspaces and Spots is the same code (lib/groups).
import type { GroupKind } from "../authz/permissions.ts";

export type { GroupKind };

export type GroupKindInfo = {
  /** The noun inside a sentence ("A workspace named …", "That person is not a member of this Spot."). */
  noun: string;
  /** The noun at the start of one ("Workspace not found."). */
  title: string;
  /** Refusal of everything but members, to whoever does not manage the kind. */
  deniedMessage: string;
  /** Refusal of a change of members. */
  memberDeniedMessage: string;
  /** The audit action of adding a member (or changing their role). */
  memberPutAction: string;
  /** Whether a member is Admin or Member of the group. */
  hasRoles: boolean;
};

export const GROUP_KINDS: Record<GroupKind, GroupKindInfo> = {
  workspace: {
    noun: "workspace",
    title: "Workspace",
    deniedMessage: "Only Account Holders manage workspaces.",
    memberDeniedMessage: "Only Account Holders and the workspace's Admins manage its members.",
    memberPutAction: "workspace.member_set",
    hasRoles: true,
  },
  spot: {
    noun: "Spot",
    title: "Spot",
    deniedMessage: "Only Account Holders manage Spots.",
    memberDeniedMessage: "Only Account Holders manage Spots.",
    memberPutAction: "spot.member_add",
    hasRoles: false,
  },
};

/** The input field that names one group of the kind (the resource tier reads it). */
export type GroupIdKey<K extends GroupKind> = `${K}Id`;
export const groupIdKey = <K extends GroupKind>(kind: K): GroupIdKey<K> => `${kind}Id`;
