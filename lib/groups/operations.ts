import "server-only";
import type { UserActor } from "../authz/index.ts";
import type { WorkspaceRole } from "../domain/constants.ts";
import { groupIdKey, type GroupIdKey, type GroupKind } from "./kinds.ts";
import { listGroups } from "./list.ts";
import { createGroup, putGroupMember, removeGroupMember, renameGroup, type GroupOpts } from "./manage.ts";

/**
 * The operations of one kind with the inputs its forms submit, which name the group by the kind's
 * field (`workspaceId`, `spotId`): what the server actions and the tests call.
 */
export function groupOperations<K extends GroupKind>(kind: K) {
  const key = groupIdKey(kind);
  type Ref = Record<GroupIdKey<K>, string>;
  return {
    list: async (actor: UserActor) => (await listGroups(actor, kind)).groups,
    create: (actor: UserActor, input: { orgId: string; name: string }, opts: GroupOpts = {}) =>
      createGroup(actor, kind, input, opts),
    rename: (actor: UserActor, input: Ref & { name: string }, opts: GroupOpts = {}) =>
      renameGroup(actor, kind, input[key], input.name, opts),
    putMember: (actor: UserActor, input: Ref & { userId: string; role?: WorkspaceRole }, opts: GroupOpts = {}) =>
      putGroupMember(actor, kind, { id: input[key], userId: input.userId, role: input.role }, opts),
    removeMember: (actor: UserActor, input: Ref & { userId: string }, opts: GroupOpts = {}) =>
      removeGroupMember(actor, kind, { id: input[key], userId: input.userId }, opts),
  };
}
