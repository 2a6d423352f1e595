// The portal's current organization and workspace for the signed-in user. The choice is kept in
// two cookies (sr_org, sr_ws) but is only ever a preference: it is re-checked against the
// user's memberships on every request, and the switch actions verify before setting it.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db/index.ts";
import { env } from "../env/index.ts";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../errors/index.ts";
import { ORG_ROLES, WORKSPACE_ROLES, type OrgRole, type WorkspaceRole } from "../domain/constants.ts";
import { seesAllWorkspaces } from "../authz/permissions.ts";
import { safeCallbackPath } from "./callback-url.ts";
import { getSessionUser, type SessionUser } from "./session.ts";

export const ORG_COOKIE = "sr_org";
export const WORKSPACE_COOKIE = "sr_ws";

export type PortalOrganization = { id: string; name: string; slug: string; role: OrgRole };
/** `role` is the user's workspace role, or null for a Holder/Manager who sees it without being a member. */
export type PortalWorkspace = { id: string; name: string; role: WorkspaceRole | null };

export type PortalContext = {
  user: SessionUser;
  org: { id: string; name: string; slug: string };
  role: OrgRole;
  orgs: PortalOrganization[];
  workspaces: PortalWorkspace[];
  workspace: PortalWorkspace | null;
};

export type PortalState =
  | { status: "signed-out" }
  | { status: "no-organization"; user: SessionUser }
  | { status: "ready"; context: PortalContext };

export class NoOrganizationError extends ForbiddenError {
  constructor() {
    super("You are not a member of any organization.");
  }
}

const isOrgRole = (r: string): r is OrgRole => (ORG_ROLES as readonly string[]).includes(r);
const isWorkspaceRole = (r: string): r is WorkspaceRole => (WORKSPACE_ROLES as readonly string[]).includes(r);

/** The user's organizations, sorted by name. */
export async function listOrganizations(userId: string): Promise<PortalOrganization[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
  });
  return rows
    .filter((r) => isOrgRole(r.role))
    .map((r) => ({ ...r.organization, role: r.role as OrgRole }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Non-archived workspaces of `orgId` the user may work in: all for Holders/Managers, else those they belong to. */
export async function listWorkspaces(userId: string, orgId: string, role: OrgRole): Promise<PortalWorkspace[]> {
  const rows = await db.workspace.findMany({
    where: {
      orgId,
      archivedAt: null,
      ...(seesAllWorkspaces(role) ? {} : { members: { some: { userId } } }),
    },
    select: { id: true, name: true, members: { where: { userId }, select: { role: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map((w) => {
    const r = w.members[0]?.role;
    return { id: w.id, name: w.name, role: r && isWorkspaceRole(r) ? r : null };
  });
}

export function pickOrganization(
  orgs: PortalOrganization[],
  preferredId: string | undefined,
): PortalOrganization | null {
  return orgs.find((o) => o.id === preferredId) ?? orgs[0] ?? null;
}

export function pickWorkspace(workspaces: PortalWorkspace[], preferredId: string | undefined): PortalWorkspace | null {
  return preferredId ? (workspaces.find((w) => w.id === preferredId) ?? null) : null;
}

/** Signed-out / no organization / ready — for the portal layout, which renders each case. */
export const loadPortalState = cache(async (): Promise<PortalState> => {
  const user = await getSessionUser();
  if (!user) return { status: "signed-out" };
  const orgs = await listOrganizations(user.id);
  const jar = await cookies();
  const current = pickOrganization(orgs, jar.get(ORG_COOKIE)?.value);
  if (!current) return { status: "no-organization", user };
  const workspaces = await listWorkspaces(user.id, current.id, current.role);
  const workspace = pickWorkspace(workspaces, jar.get(WORKSPACE_COOKIE)?.value);
  return {
    status: "ready",
    context: {
      user,
      org: { id: current.id, name: current.name, slug: current.slug },
      role: current.role,
      orgs,
      workspaces,
      workspace,
    },
  };
});

/** To the sign-in page, and back to the requested path after: for a portal page whose session has ended. */
export async function redirectToSignIn(): Promise<never> {
  // The proxy sets this header to the requested path (it only redirects token-less visitors;
  // this catches sessions that are no longer valid: disabled user, sessions revoked).
  const path = safeCallbackPath((await headers()).get("x-strongroom-path"));
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}

/**
 * The context of a portal page or action. Signed out: the sign-in page, like the portal layout —
 * which renders in parallel with the page, so a page that threw would only add an error to the
 * server log. (Actions and routes check the session before they get here.) No organization:
 * NoOrganizationError.
 */
export const getPortalContext = cache(async (): Promise<PortalContext> => {
  const state = await loadPortalState();
  if (state.status === "signed-out") return redirectToSignIn();
  if (state.status === "no-organization") throw new NoOrganizationError();
  return state.context;
});

/** Secure cookies when the portal is served over https (the same rule next-auth uses), or in production without NEXTAUTH_URL. */
function secureCookies(): boolean {
  const e = env();
  return e.NEXTAUTH_URL ? e.NEXTAUTH_URL.startsWith("https://") : e.NODE_ENV === "production";
}

function cookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: secureCookies(), path: "/", maxAge: 60 * 60 * 24 * 365 };
}

/** Makes `orgId` the current organization, after checking that the signed-in user belongs to it. Clears the workspace choice. */
export async function selectOrganization(orgId: string): Promise<PortalOrganization> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  const org = (await listOrganizations(user.id)).find((o) => o.id === orgId);
  if (!org) throw new NotFoundError("Organization not found.");
  const jar = await cookies();
  jar.set(ORG_COOKIE, org.id, cookieOptions());
  jar.delete(WORKSPACE_COOKIE);
  return org;
}

/** Makes `workspaceId` (null: all workspaces) current, after checking that it is one of the user's workspaces in the current organization. */
export async function selectWorkspace(workspaceId: string | null): Promise<PortalWorkspace | null> {
  const ctx = await getPortalContext();
  const jar = await cookies();
  if (workspaceId === null) {
    jar.delete(WORKSPACE_COOKIE);
    return null;
  }
  const ws = ctx.workspaces.find((w) => w.id === workspaceId);
  if (!ws) throw new NotFoundError("Workspace not found.");
  jar.set(WORKSPACE_COOKIE, ws.id, cookieOptions());
  return ws;
}
