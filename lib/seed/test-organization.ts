// An isolated organization for integration and end-to-end fixtures: unique slug and
// e-mails (`holder@<prefix>-<random>.test`), so tests never share or lock each other's users.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../db/index.ts";
import { hashPassword } from "../auth/password.ts";
import {
  ensureDefaultEnvironments,
  ensureMember,
  ensureOrganization,
  ensureSpot,
  ensureWorkspace,
  type SeededUser,
} from "./ensure.ts";
import { DEMO_PASSWORD } from "./demo-users.ts";

export type TestUserKey = "holder" | "manager" | "member1" | "member2";

export type TestOrganization = {
  orgId: string;
  slug: string;
  name: string;
  password: string;
  users: Record<TestUserKey, SeededUser>;
  /** "Main": member1 is an Admin, member2 a Member. */
  workspaceId: string;
  /** "Alpha" (member1) and "Beta" (member2). */
  spotIds: { alpha: string; beta: string };
  environmentIds: Record<string, string>;
};

// One argon2id hash per process for every test user (same password): keeps fixtures fast.
let sharedHash: Promise<string> | undefined;

export async function createTestOrganization(
  db: Db,
  { prefix = "test" }: { prefix?: string } = {},
): Promise<TestOrganization> {
  const slug = `${prefix.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}-${randomBytes(5).toString("hex")}`;
  const name = `Test ${slug}`;
  sharedHash ??= hashPassword(DEMO_PASSWORD);
  const credentials = { passwordHash: await sharedHash };
  const org = await ensureOrganization(db, name, slug);
  const person = (key: TestUserKey, label: string, role: SeededUser["role"]) =>
    ensureMember(db, org.id, { email: `${key}@${slug}.test`, name: `${label} ${slug}`, role }, credentials);
  const users: Record<TestUserKey, SeededUser> = {
    holder: await person("holder", "Holder", "HOLDER"),
    manager: await person("manager", "Manager", "MANAGER"),
    member1: await person("member1", "Member One", "MEMBER"),
    member2: await person("member2", "Member Two", "MEMBER"),
  };
  const workspace = await ensureWorkspace(db, org.id, "Main", [
    [users.member1, "ADMIN"],
    [users.member2, "MEMBER"],
  ]);
  const alpha = await ensureSpot(db, org.id, "Alpha", [users.member1]);
  const beta = await ensureSpot(db, org.id, "Beta", [users.member2]);
  const environmentIds = await ensureDefaultEnvironments(db, org.id);
  return {
    orgId: org.id,
    slug,
    name,
    password: DEMO_PASSWORD,
    users,
    workspaceId: workspace.id,
    spotIds: { alpha: alpha.id, beta: beta.id },
    environmentIds,
  };
}
