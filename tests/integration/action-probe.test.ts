// The real server actions (app/**, "use server"), replayed through the pipeline: without a
// session, as a member of another organization (even its Account Holder) and, for changes, as
// a Member of the same organization without the right. None succeeds, and nothing changes.
// Every exported server action must be probed here or be listed, with its reason, as exempt. The session is next-auth's,
// with the request's session stubbed; the user behind it is checked against the database as
// in production (lib/auth/session.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null, ids: new Map<string, string>() }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  // What the JWT of a signed-in user says: its id and its live session record (lib/auth/session.ts).
  getServerSession: async () =>
    session.userId
      ? { user: { id: session.userId }, sessionVersion: 0, sessionId: await sessionIdOf(session.userId) }
      : null,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => new Headers({ "user-agent": "vitest" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { db } from "../../lib/db/index.ts";
import { createApiToken } from "../../lib/api-tokens/index.ts";
import { createApiTokenSchema } from "../../lib/api-tokens/schema.ts";
import { inviteMember } from "../../lib/members/index.ts";
import { inviteMemberSchema } from "../../lib/members/schema.ts";
import { createCommand } from "../../lib/quick-commands/index.ts";
import { createUserSession } from "../../lib/auth/user-sessions.ts";
import { hashPassword, verifyPassword } from "../../lib/auth/password.ts";
import * as invitations from "../../app/(auth)/invitations/[token]/actions.ts";
import * as account from "../../app/(portal)/account/actions.ts";
import { sessionHandle } from "../../lib/auth/user-sessions.ts";
import * as context from "../../app/(portal)/context-actions.ts";
import * as notifications from "../../app/(portal)/notifications/actions.ts";
import * as commands from "../../app/(portal)/quick-commands/actions.ts";
import * as oauth from "../../app/(portal)/quick-commands/oauth-test-action.ts";
import * as change from "../../app/(portal)/secrets/actions/change.ts";
import * as deletion from "../../app/(portal)/secrets/actions/delete.ts";
import * as registration from "../../app/(portal)/secrets/actions/register.ts";
import * as usages from "../../app/(portal)/secrets/actions/usages.ts";
import * as tokens from "../../app/(portal)/settings/api-tokens/actions.ts";
import * as environments from "../../app/(portal)/settings/environments/actions.ts";
import * as members from "../../app/(portal)/settings/members/actions.ts";
import * as spots from "../../app/(portal)/settings/spots/actions.ts";
import * as workspaces from "../../app/(portal)/settings/workspaces/actions.ts";
import * as transfer from "../../app/(portal)/transfer/actions.ts";
import { EMPTY_FORM_STATE, type FormSubmit } from "../../lib/authz/form-state.ts";
import { command } from "../support/commands.ts";
import { apiKeyInput, env, orgFixture, register, type OrgFixture } from "../support/org.ts";

/** One session record per user, made on first use, as a sign-in would. */
async function sessionIdOf(userId: string): Promise<string> {
  let id = session.ids.get(userId);
  if (!id) session.ids.set(userId, (id = await createUserSession(userId, { ip: null, userAgent: "vitest" })));
  return id;
}

type Result = { ok: boolean; code?: string };

/** A form action (lib/authz/form-action.ts), called as its form posts it. */
async function posted(action: FormSubmit<unknown>, fields: Record<string, string>): Promise<Result> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const { result } = await action(EMPTY_FORM_STATE, form);
  if (!result) throw new Error("a form action answered without a result");
  return result;
}
type Probe = { run: () => Promise<Result>; change?: true };

/** Server actions not probed here, each with the reason. */
const EXEMPT: Record<string, string> = {
  inspectCertificateAction: "reads the certificate the user uploads (public data); no resource, nothing stored",
  checkCertificateKeyAction: "checks an uploaded key against an uploaded certificate; no resource, nothing stored",
  markAllNotificationsReadAction: "marks the signed-in reader's own notifications in their current organization",
  saveLifecycleSettingsAction: "acts on the current organization only (re-checked membership), settings.manage in lib",
  signOutEverywhere:
    "ends the signed-in user's own sessions, whoever they are (tests/integration/auth-sessions.test.ts)",
  signInAction:
    "public tier: the credentials are the authorization (e2e/auth.spec.ts, e2e/no-javascript-forms.spec.ts)",
  acceptInvitationAction:
    "public tier: the invitation token is the authorization (tests/integration/admin-members.test.ts)",
};

/**
 * Actions on the caller's own account (session tier): there is no one else's resource to name,
 * so each is probed without a session and as another user, who can reach only their own.
 */
let ownAccount: Record<string, Probe>;

let acme: OrgFixture;
let other: OrgFixture;
let probes: Record<string, Probe>;

beforeAll(async () => {
  acme = await orgFixture("probe-a");
  other = await orgFixture("probe-b");
  const holder = acme.actors.holder;
  const secretId = (await register(holder, apiKeyInput(acme, "probe_key", "v"))).id;
  const commandId = (await createCommand(holder, acme.orgId, command({ name: "Probe" }))).id;
  const tokenData = createApiTokenSchema.parse({
    orgId: acme.orgId,
    name: "ci",
    permissions: ["read"],
    environmentIds: [],
    allEnvironments: true,
  });
  const tokenId = (await createApiToken(holder, tokenData)).id;
  const invite = inviteMemberSchema.parse({ orgId: acme.orgId, email: "x@probe.test", role: "MEMBER" });
  const invitationId = (await inviteMember(holder, invite, { baseUrl: "https://p.test" })).id;
  const notificationId = (
    await db.notification.create({
      data: { orgId: acme.orgId, userId: acme.users.member2.id, kind: "probe", title: "t", body: "b" },
    })
  ).id;
  const { orgId, workspaceId } = acme;
  const spotId = acme.spotIds.alpha;
  const environmentId = env(acme, "Production");
  const toEnvironmentId = env(acme, "Staging");
  const userId = acme.users.member1.id;
  const target = { orgId, scope: "ORGANIZATION" as const };
  const changing = (run: () => Promise<Result>): Probe => ({ run, change: true });
  const holderSession = sessionHandle(await sessionIdOf(acme.users.holder.id));
  const stolen = "stolen-password-1";
  const password = { currentPassword: acme.password, newPassword: stolen, confirmPassword: stolen };
  ownAccount = {
    changeNameAction: changing(() => account.changeNameAction({ name: "Stolen" })),
    changePasswordAction: changing(() => account.changePasswordAction(password)),
    endSessionAction: changing(() => account.endSessionAction({ handle: holderSession })),
  };
  const reading = (run: () => Promise<Result>): Probe => ({ run });
  probes = {
    joinInvitationAction: changing(() => invitations.joinInvitationAction({ token: "not-a-real-invitation-token" })),
    switchOrganization: reading(() => context.switchOrganization(orgId)),
    switchWorkspace: reading(() => context.switchWorkspace(workspaceId)),
    markNotificationReadAction: reading(() => notifications.markNotificationReadAction({ id: notificationId })),
    createCommandAction: reading(() => commands.createCommandAction({ orgId, command: command({ name: "Stolen" }) })),
    updateCommandAction: changing(() =>
      commands.updateCommandAction({ commandId, expectedVersion: 1, command: command({ name: "Stolen" }) }),
    ),
    forkCommandAction: reading(() => commands.forkCommandAction({ commandId })),
    deleteCommandAction: changing(() => commands.deleteCommandAction({ commandId })),
    runCommandAction: reading(() => commands.runCommandAction({ commandId, environmentId })),
    pickerSecretsAction: reading(() => commands.pickerSecretsAction({ orgId, scope: "ORGANIZATION", type: "API_KEY" })),
    testClientCredentialsAction: reading(() => oauth.testClientCredentialsAction({ secretId, environmentId })),
    updateSecretAction: changing(() =>
      change.updateSecretAction({ secretId, expectedVersion: 1, description: "stolen" }),
    ),
    rollbackValueAction: changing(() =>
      change.rollbackValueAction({ secretId, environmentId, toVersion: 1, expectedVersion: 1 }),
    ),
    deleteSecretAction: changing(() =>
      posted(deletion.deleteSecretAction, { secretId, mode: "now", confirmation: "DELETE" }),
    ),
    cancelDeletionAction: changing(() => deletion.cancelDeletionAction({ secretId })),
    registerSecretAction: changing(() => registration.registerSecretAction(apiKeyInput(acme, "stolen", "v"))),
    checkSecretNameAction: reading(() =>
      registration.checkSecretNameAction({ orgId, scope: "ORGANIZATION", name: "probe_key" }),
    ),
    listSecretUsagesAction: reading(() => usages.listSecretUsagesAction({ secretId })),
    createApiTokenAction: changing(() => tokens.createApiTokenAction({ ...tokenData, name: "stolen" })),
    revokeApiTokenAction: changing(() => tokens.revokeApiTokenAction({ tokenId })),
    createEnvironmentAction: changing(() => posted(environments.createEnvironmentAction, { orgId, name: "Stolen" })),
    renameEnvironmentAction: changing(() =>
      posted(environments.renameEnvironmentAction, { environmentId, name: "Stolen", slug: "stolen" }),
    ),
    moveEnvironmentAction: changing(() => environments.moveEnvironmentAction({ environmentId, direction: "up" })),
    deleteEnvironmentAction: changing(() => environments.deleteEnvironmentAction({ environmentId })),
    inviteMemberAction: changing(() =>
      posted(members.inviteMemberAction, { orgId, email: "stolen@probe.test", role: "HOLDER" }),
    ),
    revokeInvitationAction: changing(() => members.revokeInvitationAction({ invitationId })),
    changeRoleAction: changing(() => members.changeRoleAction({ orgId, userId, role: "HOLDER" })),
    removeMemberAction: changing(() => members.removeMemberAction({ orgId, userId })),
    createSpotAction: changing(() => posted(spots.createSpotAction, { orgId, name: "Stolen" })),
    renameSpotAction: changing(() => posted(spots.renameSpotAction, { spotId, name: "Stolen" })),
    deleteSpotAction: changing(() => spots.deleteSpotAction({ spotId })),
    addSpotMemberAction: changing(() => posted(spots.addSpotMemberAction, { spotId, userId: acme.users.member2.id })),
    removeSpotMemberAction: changing(() => spots.removeSpotMemberAction({ spotId, userId })),
    createWorkspaceAction: changing(() => posted(workspaces.createWorkspaceAction, { orgId, name: "Stolen" })),
    renameWorkspaceAction: changing(() => posted(workspaces.renameWorkspaceAction, { workspaceId, name: "Stolen" })),
    archiveWorkspaceAction: changing(() => workspaces.archiveWorkspaceAction({ workspaceId, archived: true })),
    setWorkspaceMemberAction: changing(() =>
      workspaces.setWorkspaceMemberAction({ workspaceId, userId, role: "MEMBER" }),
    ),
    addWorkspaceMemberAction: changing(() =>
      posted(workspaces.addWorkspaceMemberAction, { workspaceId, userId: acme.users.member2.id, role: "ADMIN" }),
    ),
    removeWorkspaceMemberAction: changing(() => workspaces.removeWorkspaceMemberAction({ workspaceId, userId })),
    transferOptionsAction: reading(() => transfer.transferOptionsAction({ orgId, kind: "export" })),
    exportValuesAction: changing(() =>
      transfer.exportValuesAction({ target, environmentId, format: "dotenv", password: "x" }),
    ),
    copyCandidatesAction: reading(() => transfer.copyCandidatesAction({ orgId, fromEnvironmentId: environmentId })),
    previewCopyAction: reading(() =>
      transfer.previewCopyAction({ orgId, fromEnvironmentId: environmentId, toEnvironmentId, secretIds: [secretId] }),
    ),
    applyCopyAction: changing(() =>
      transfer.applyCopyAction({
        orgId,
        fromEnvironmentId: environmentId,
        toEnvironmentId,
        items: [{ secretId, expectedVersion: 1 }],
      }),
    ),
  };
});

async function expectRefused(code: RegExp, which: (p: Probe) => boolean = () => true) {
  for (const [name, probe] of Object.entries(probes).filter(([, p]) => which(p))) {
    const result: Result = await probe.run();
    expect([name, result.ok, result.code]).toEqual([name, false, expect.stringMatching(code)]);
  }
}

async function expectUnchanged() {
  expect(await db.spot.count({ where: { orgId: acme.orgId, name: "Stolen" } })).toBe(0);
  expect(await db.spot.count({ where: { orgId: acme.orgId } })).toBe(2);
  expect(await db.spotMember.count({ where: { spotId: acme.spotIds.alpha } })).toBe(1);
  expect(await db.workspace.count({ where: { orgId: acme.orgId, archivedAt: null, name: "Main" } })).toBe(1);
  expect(await db.workspace.count({ where: { orgId: acme.orgId } })).toBe(1);
  expect(await db.workspaceMember.count({ where: { workspaceId: acme.workspaceId } })).toBe(2);
  expect(
    (await db.environment.findMany({ where: { orgId: acme.orgId }, orderBy: { position: "asc" } })).map((e) => e.name),
  ).toEqual(["Development", "Staging", "Production"]);
  const roles = await db.membership.findMany({
    where: { orgId: acme.orgId },
    select: { role: true },
    orderBy: { role: "asc" },
  });
  expect(roles.map((r) => r.role)).toEqual(["HOLDER", "MANAGER", "MEMBER", "MEMBER"]);
  expect(await db.invitation.count({ where: { orgId: acme.orgId, revokedAt: null } })).toBe(1);
  expect(await db.apiToken.count({ where: { orgId: acme.orgId, revokedAt: null } })).toBe(1);
  expect(await db.secret.count({ where: { orgId: acme.orgId } })).toBe(1);
  expect(await db.secretValueVersion.count({ where: { secret: { orgId: acme.orgId } } })).toBe(1);
  expect(await db.secret.count({ where: { orgId: acme.orgId, status: "ACTIVE", description: null } })).toBe(1);
  expect(await db.quickCommand.count({ where: { orgId: acme.orgId, name: "Probe" } })).toBe(1);
  expect(await db.quickCommand.count({ where: { orgId: acme.orgId } })).toBe(1);
}

describe("every server action", () => {
  it("is probed here or exempt with a reason", async () => {
    const exported = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
      );
    for (const file of walk(path.resolve(import.meta.dirname, "../../app")).filter((f) => /\.tsx?$/.test(f))) {
      if (!/^["']use server["']/.test(readFileSync(file, "utf8"))) continue;
      for (const name of Object.keys(await import(file))) exported.add(name);
    }
    const covered = new Set([...Object.keys(probes), ...Object.keys(ownAccount), ...Object.keys(EXEMPT)]);
    expect([...exported].filter((name) => !covered.has(name))).toEqual([]);
    expect([...covered].filter((name) => !exported.has(name))).toEqual([]);
  });
  it("works for whoever may do it (the probe can tell)", async () => {
    session.userId = acme.users.holder.id;
    const renamed = await posted(spots.renameSpotAction, { spotId: acme.spotIds.beta, name: "Renamed" });
    expect(renamed.ok).toBe(true);
  });
  it("is refused without a session", async () => {
    session.userId = null;
    await expectRefused(/^unauthenticated$/);
    await expectUnchanged();
  });
  it("is refused as not found to another organization's Account Holder", async () => {
    session.userId = other.users.holder.id;
    await expectRefused(/^not_found$/);
    await expectUnchanged();
  });
  it("that changes something is refused to a Member of the organization without the right", async () => {
    session.userId = acme.users.member2.id;
    await expectRefused(/^(forbidden|not_found)$/, (p) => p.change === true);
    await expectUnchanged();
  });
});

describe("the account actions", () => {
  const holderUnchanged = async () => {
    const holder = await db.user.findUniqueOrThrow({ where: { id: acme.users.holder.id } });
    expect(holder.name).toBe(acme.users.holder.name);
    expect(await verifyPassword(holder.passwordHash!, acme.password)).toBe(true);
    const sid = await sessionIdOf(acme.users.holder.id);
    expect(await db.userSession.count({ where: { id: sid, revokedAt: null } })).toBe(1);
  };
  it("are refused without a session", async () => {
    session.userId = null;
    for (const [name, probe] of Object.entries(ownAccount)) {
      const result = await probe.run();
      expect([name, result.ok, result.code]).toEqual([name, false, "unauthenticated"]);
    }
    await holderUnchanged();
  });
  it("reach only the caller's own account: no one else's session, password or name", async () => {
    session.userId = other.users.member1.id;
    const ended = await ownAccount.endSessionAction!.run();
    expect([ended.ok, ended.code]).toEqual([false, "not_found"]);
    // The fixtures share one password: give the caller another, so that the Holder's is not theirs.
    const callerHash = await hashPassword(`caller-${Date.now()}`);
    await db.user.update({ where: { id: other.users.member1.id }, data: { passwordHash: callerHash } });
    const changed = await ownAccount.changePasswordAction!.run();
    expect([changed.ok, changed.code]).toEqual([false, "invalid_input"]);
    expect((await ownAccount.changeNameAction!.run()).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.users.member1.id } })).name).toBe("Stolen");
    await holderUnchanged();
  });
});

describe("a malformed id", () => {
  it("is refused as invalid input before it reaches the database (a NUL byte is no id)", async () => {
    session.userId = acme.users.holder.id;
    const bad = "a\u0000b";
    const environmentId = env(acme, "Production");
    const calls: Record<string, () => Promise<Result>> = {
      switchOrganization: () => context.switchOrganization(bad),
      switchWorkspace: () => context.switchWorkspace(bad),
      markNotificationReadAction: () => notifications.markNotificationReadAction({ id: bad }),
      pickerSecretsAction: () => commands.pickerSecretsAction({ orgId: bad, scope: "ORGANIZATION", type: "API_KEY" }),
      forkCommandAction: () => commands.forkCommandAction({ commandId: bad }),
      testClientCredentialsAction: () => oauth.testClientCredentialsAction({ secretId: bad, environmentId }),
      rollbackValueAction: () =>
        change.rollbackValueAction({ secretId: bad, environmentId, toVersion: 1, expectedVersion: 1 }),
      deleteSecretAction: () =>
        posted(deletion.deleteSecretAction, { secretId: bad, mode: "now", confirmation: "DELETE" }),
      cancelDeletionAction: () => deletion.cancelDeletionAction({ secretId: bad }),
      checkSecretNameAction: () =>
        registration.checkSecretNameAction({ orgId: bad, scope: "ORGANIZATION", name: "probe_key" }),
      listSecretUsagesAction: () => usages.listSecretUsagesAction({ secretId: bad }),
      transferOptionsAction: () => transfer.transferOptionsAction({ orgId: bad, kind: "export" }),
      deleteSpotAction: () => spots.deleteSpotAction({ spotId: bad }),
    };
    for (const [name, run] of Object.entries(calls)) {
      const result = await run();
      expect.soft([name, result.ok, result.code]).toEqual([name, false, "invalid_input"]);
    }
  });
});
