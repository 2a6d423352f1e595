// Idempotent building blocks of the seeds (demo-organization.ts, test-organization.ts):
// each one creates what is missing and leaves existing rows as they are, so a seed can be
// run again without undoing changes made through the portal (and without rehashing passwords).
import "server-only";
import type { Db } from "../db/index.ts";
import { hashPassword } from "../auth/password.ts";
import { DEFAULT_ENVIRONMENTS, type OrgRole, type WorkspaceRole } from "../domain/constants.ts";
import { nameKey } from "../domain/text.ts";

export type SeedUser = { email: string; name: string; role: OrgRole };
export type SeededUser = SeedUser & { id: string };

export async function ensureOrganization(db: Db, name: string, slug: string) {
  const org = await db.organization.upsert({ where: { slug }, update: {}, create: { name, slug } });
  // Settings rows carry the lifecycle defaults of PRODUCT.md §3 (schema defaults).
  await db.organizationSettings.upsert({ where: { orgId: org.id }, update: {}, create: { orgId: org.id } });
  return org;
}

/**
 * Creates the user (with `passwordHash`, or a hash of `password` computed only when the user
 * is new) and their membership of the organization.
 */
export async function ensureMember(
  db: Db,
  orgId: string,
  user: SeedUser,
  credentials: { password: string } | { passwordHash: string },
): Promise<SeededUser> {
  let existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (!existing) {
    const passwordHash =
      "passwordHash" in credentials ? credentials.passwordHash : await hashPassword(credentials.password);
    existing = await db.user.upsert({
      where: { email: user.email },
      update: {},
      create: { email: user.email, name: user.name, passwordHash },
      select: { id: true },
    });
  }
  await db.membership.upsert({
    where: { orgId_userId: { orgId, userId: existing.id } },
    update: {},
    create: { orgId, userId: existing.id, role: user.role },
  });
  return { ...user, id: existing.id };
}

export async function ensureWorkspace(db: Db, orgId: string, name: string, members: [SeededUser, WorkspaceRole][]) {
  const workspace = await db.workspace.upsert({
    where: { orgId_name: { orgId, name } },
    update: {},
    create: { orgId, name, nameKey: nameKey(name) },
  });
  for (const [user, role] of members) {
    await db.workspaceMember.upsert({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
      update: {},
      create: { workspaceId: workspace.id, userId: user.id, role },
    });
  }
  return workspace;
}

export async function ensureSpot(db: Db, orgId: string, name: string, members: SeededUser[]) {
  const spot = await db.spot.upsert({
    where: { orgId_name: { orgId, name } },
    update: {},
    create: { orgId, name, nameKey: nameKey(name) },
  });
  for (const user of members) {
    await db.spotMember.upsert({
      where: { spotId_userId: { spotId: spot.id, userId: user.id } },
      update: {},
      create: { spotId: spot.id, userId: user.id },
    });
  }
  return spot;
}

/** Development, Staging, Production (slugs development…, positions 0, 1, 2); returns their ids by name. */
export async function ensureDefaultEnvironments(db: Db, orgId: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [position, name] of DEFAULT_ENVIRONMENTS.entries()) {
    const slug = name.toLowerCase();
    const environment = await db.environment.upsert({
      where: { orgId_slug: { orgId, slug } },
      update: {},
      create: { orgId, name, nameKey: nameKey(name), slug, position },
    });
    ids[name] = environment.id;
  }
  return ids;
}
