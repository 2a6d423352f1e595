// Creating and renaming groups (workspaces, Spots) and changing their members: one flow for both
// kinds, their differences in kinds.ts and store.ts. Rules from the permission table: Account
// Holders manage every group of a kind; a workspace's Admins also manage its members. Every
// change is audited under the kind's action names; every refusal too (outcome DENIED).
import "server-only";
import { db, type Tx } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, mayManageGroupMembers, mayManageGroups, type UserActor } from "../authz/index.ts";
import { groupRoleOf } from "../authz/group-visibility.ts";
import { requireAllowed } from "../authz/require-permission.ts";
import { DEFAULT_WORKSPACE_ROLE, groupPermission } from "../authz/permissions.ts";
import type { WorkspaceRole } from "../domain/constants.ts";
import { nameKey } from "../domain/text.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors/index.ts";
import { isUniqueViolation } from "../secrets/service/errors.ts";
import { GROUP_KINDS, type GroupKind } from "./kinds.ts";
import { MEMBER_TABLES, namedTable } from "./store.ts";

export type GroupOpts = { request?: RequestInfo | null; now?: Date };

/** What an action changes: the group itself, or its members (which a workspace's Admins manage too). */
type Changes = "group" | "members";

function refuseUnless(
  actor: UserActor,
  kind: GroupKind,
  changes: Changes,
  action: string,
  opts: GroupOpts,
  id?: string,
) {
  const info = GROUP_KINDS[kind];
  const allowed =
    changes === "members" && id
      ? mayManageGroupMembers(actor.role, kind, groupRoleOf(actor, kind, id))
      : mayManageGroups(actor.role, kind);
  return requireAllowed(actor, allowed, {
    action,
    message: changes === "members" ? info.memberDeniedMessage : info.deniedMessage,
    request: opts.request,
    target: id ? { type: kind, id } : null,
    detail: { permission: groupPermission(kind) },
  });
}

/** The group, after the rule allowed `action` on it; a group of another organization is not found. */
export async function loadGroup(
  actor: UserActor,
  kind: GroupKind,
  id: string,
  action: string,
  opts: GroupOpts,
  changes: Changes = "group",
) {
  await refuseUnless(actor, kind, changes, action, opts, id);
  const group = await namedTable(db, kind).findUnique({ where: { id }, select: { id: true, orgId: true, name: true } });
  if (!group || group.orgId !== actor.orgId) throw new NotFoundError(`${GROUP_KINDS[kind].title} not found.`);
  return group;
}

export function auditGroup(
  tx: Tx,
  actor: UserActor,
  kind: GroupKind,
  action: string,
  id: string,
  detail: Record<string, unknown>,
  opts: GroupOpts,
) {
  const target = { type: kind, id };
  const record = { orgId: actor.orgId, actor: actorAudit(actor), action, outcome: "SUCCESS" as const, target, detail };
  return recordAudit({ ...record, request: opts.request }, tx);
}

/** Runs a write that sets a name; a name taken (in any case) is refused on the Name field. */
async function uniqueName<T>(kind: GroupKind, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const message = `A ${GROUP_KINDS[kind].noun} named "${name}" already exists.`;
    throw new ConflictError(message, { name: [message] });
  }
}

export async function createGroup(
  actor: UserActor,
  kind: GroupKind,
  input: { orgId: string; name: string },
  opts: GroupOpts,
) {
  await refuseUnless(actor, kind, "group", `${kind}.create`, opts);
  if (input.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  const data = { orgId: actor.orgId, name: input.name, nameKey: nameKey(input.name) };
  return uniqueName(kind, input.name, () =>
    db.$transaction(async (tx) => {
      const group = await namedTable(tx, kind).create({ data, select: { id: true, name: true } });
      await auditGroup(tx, actor, kind, `${kind}.create`, group.id, { name: group.name }, opts);
      return group;
    }),
  );
}

export async function renameGroup(actor: UserActor, kind: GroupKind, id: string, name: string, opts: GroupOpts) {
  const group = await loadGroup(actor, kind, id, `${kind}.rename`, opts);
  if (group.name === name) return { id: group.id, name };
  return uniqueName(kind, name, () =>
    db.$transaction(async (tx) => {
      await namedTable(tx, kind).update({ where: { id: group.id }, data: { name, nameKey: nameKey(name) } });
      await auditGroup(tx, actor, kind, `${kind}.rename`, group.id, { from: group.name, to: name }, opts);
      return { id: group.id, name };
    }),
  );
}

/** Adds an organization member to the group, or changes their role in a workspace. */
export async function putGroupMember(
  actor: UserActor,
  kind: GroupKind,
  input: { id: string; userId: string; role?: WorkspaceRole },
  opts: GroupOpts,
) {
  const info = GROUP_KINDS[kind];
  const group = await loadGroup(actor, kind, input.id, info.memberPutAction, opts, "members");
  const member = await db.membership.findUnique({
    where: { orgId_userId: { orgId: actor.orgId, userId: input.userId } },
    select: { user: { select: { email: true } } },
  });
  const choose = "Choose a member of this organization.";
  if (!member) throw new ValidationError(choose, { userId: [choose] });
  const role = input.role ?? DEFAULT_WORKSPACE_ROLE;
  await db.$transaction(async (tx) => {
    const table = MEMBER_TABLES[kind];
    const before = await table.roleOf(tx, group.id, input.userId);
    await table.put(tx, group.id, input.userId, role);
    const email = member.user.email;
    const detail = info.hasRoles ? { email, from: before, to: role } : { email };
    await auditGroup(tx, actor, kind, info.memberPutAction, group.id, detail, opts);
  });
  return { userId: input.userId };
}

export async function removeGroupMember(
  actor: UserActor,
  kind: GroupKind,
  input: { id: string; userId: string },
  opts: GroupOpts,
) {
  const group = await loadGroup(actor, kind, input.id, `${kind}.member_remove`, opts, "members");
  await db.$transaction(async (tx) => {
    const count = await MEMBER_TABLES[kind].remove(tx, group.id, input.userId);
    if (count === 0) throw new NotFoundError(`That person is not a member of this ${GROUP_KINDS[kind].noun}.`);
    await auditGroup(tx, actor, kind, `${kind}.member_remove`, group.id, { userId: input.userId }, opts);
  });
  return { userId: input.userId };
}
