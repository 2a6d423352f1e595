// The tables of each kind of group. Workspace and Spot rows share id, orgId, name and nameKey;
// their members and the secrets that count for them differ.
import "server-only";
import { db, type Tx } from "../db/index.ts";
import type { WorkspaceRole } from "../domain/constants.ts";
import type { GroupKind } from "./kinds.ts";

export type GroupMemberRow = { userId: string; name: string; email: string; role: WorkspaceRole | null };
export type GroupRow = {
  id: string;
  name: string;
  archivedAt: Date | null;
  secretCount: number;
  members: GroupMemberRow[];
};
/** Which groups of an organization to list: every one, or those with the given ids. */
export type GroupFilter = { orgId: string; id?: { in: string[] } };

/** The operations on the columns the two kinds share (Prisma gives each table its own type). */
type NamedTable = {
  findUnique(args: {
    where: { id: string };
    select: { id: true; orgId: true; name: true };
  }): Promise<{ id: string; orgId: string; name: string } | null>;
  create(args: {
    data: { orgId: string; name: string; nameKey: string };
    select: { id: true; name: true };
  }): Promise<{ id: string; name: string }>;
  update(args: { where: { id: string }; data: { name: string; nameKey: string } }): Promise<unknown>;
};

export const namedTable = (client: Tx, kind: GroupKind) =>
  (kind === "workspace" ? client.workspace : client.spot) as unknown as NamedTable;

type MemberTable = {
  list(where: GroupFilter): Promise<GroupRow[]>;
  /** The member's role before a change (null: not a member, or a Spot). */
  roleOf(tx: Tx, groupId: string, userId: string): Promise<WorkspaceRole | null>;
  put(tx: Tx, groupId: string, userId: string, role: WorkspaceRole): Promise<unknown>;
  /** How many memberships were removed (0 or 1). */
  remove(tx: Tx, groupId: string, userId: string): Promise<number>;
};

const user = { select: { id: true, name: true, email: true } } as const;
const person = (u: { id: string; name: string; email: string }, role: WorkspaceRole | null): GroupMemberRow => ({
  userId: u.id,
  name: u.name,
  email: u.email,
  role,
});
const live = { not: "DELETED" } as const;

export const MEMBER_TABLES: Record<GroupKind, MemberTable> = {
  workspace: {
    async list(where) {
      const [rows, counts] = await Promise.all([
        db.workspace.findMany({
          where,
          select: { id: true, name: true, archivedAt: true, members: { select: { role: true, user } } },
        }),
        db.secret.groupBy({
          by: ["workspaceId"],
          where: { orgId: where.orgId, scope: "WORKSPACE", status: live },
          _count: { _all: true },
        }),
      ]);
      const countOf = new Map(counts.map((c) => [c.workspaceId, c._count._all]));
      return rows.map(({ members, ...w }) => ({
        ...w,
        secretCount: countOf.get(w.id) ?? 0,
        members: members.map((m) => person(m.user, m.role as WorkspaceRole)),
      }));
    },
    async roleOf(tx, workspaceId, userId) {
      const row = await tx.workspaceMember.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
      return (row?.role as WorkspaceRole | undefined) ?? null;
    },
    put: (tx, workspaceId, userId, role) =>
      tx.workspaceMember.upsert({
        where: { workspaceId_userId: { workspaceId, userId } },
        update: { role },
        create: { workspaceId, userId, role },
      }),
    remove: async (tx, workspaceId, userId) =>
      (await tx.workspaceMember.deleteMany({ where: { workspaceId, userId } })).count,
  },
  spot: {
    async list(where) {
      const secrets = { where: { secret: { status: live } } };
      const rows = await db.spot.findMany({
        where,
        select: { id: true, name: true, members: { select: { user } }, _count: { select: { secrets } } },
      });
      return rows.map(({ members, _count, ...s }) => ({
        ...s,
        archivedAt: null,
        secretCount: _count.secrets,
        members: members.map((m) => person(m.user, null)),
      }));
    },
    roleOf: async () => null,
    put: (tx, spotId, userId) =>
      tx.spotMember.upsert({ where: { spotId_userId: { spotId, userId } }, update: {}, create: { spotId, userId } }),
    remove: async (tx, spotId, userId) => (await tx.spotMember.deleteMany({ where: { spotId, userId } })).count,
  },
};
