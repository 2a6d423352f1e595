// Creating, listing and revoking API tokens (Account Holders and Managers: "tokens.manage").
// A token is shown once, at creation; only its SHA-256 is stored.
import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, hasOrgPermission, type UserActor } from "../authz/index.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors/index.ts";
import { CHOOSE_ENVIRONMENTS_MESSAGE, type CreateApiTokenData } from "./schema.ts";
import { forgetToken } from "./token-cache.ts";
import { generateApiToken } from "./token-format.ts";

export type CreatedApiToken = { id: string; name: string; prefix: string; token: string };

function assertManage(actor: UserActor) {
  if (!hasOrgPermission(actor.role, "tokens.manage"))
    throw new ForbiddenError("Only Account Holders and Account Managers manage API tokens.");
}

export async function createApiToken(
  actor: UserActor,
  input: CreateApiTokenData,
  opts: { request?: RequestInfo | null } = {},
): Promise<CreatedApiToken> {
  assertManage(actor);
  if (input.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  if (input.workspaceId) {
    const ws = await db.workspace.findFirst({
      where: { id: input.workspaceId, orgId: actor.orgId, archivedAt: null },
      select: { id: true },
    });
    if (!ws)
      throw new ValidationError("Choose a workspace of this organization.", {
        workspaceId: ["Choose a workspace of this organization."],
      });
  }
  // Stored as before: an empty list is every environment. Only an explicit choice gets there.
  const environmentIds = input.allEnvironments ? [] : [...new Set(input.environmentIds)];
  if (!input.allEnvironments && environmentIds.length === 0) {
    throw new ValidationError(CHOOSE_ENVIRONMENTS_MESSAGE, { environmentIds: [CHOOSE_ENVIRONMENTS_MESSAGE] });
  }
  const known = await db.environment.count({ where: { orgId: actor.orgId, id: { in: environmentIds } } });
  if (known !== environmentIds.length)
    throw new ValidationError("Unknown environment.", {
      environmentIds: ["Choose environments of this organization."],
    });

  const { token, prefix, hash } = generateApiToken();
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        orgId: actor.orgId,
        workspaceId: input.workspaceId ?? null,
        name: input.name,
        tokenHash: hash,
        prefix,
        permissions: [...new Set(input.permissions)].join(","),
        environmentIds: JSON.stringify(environmentIds),
        createdById: actor.userId,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        orgId: actor.orgId,
        actor: actorAudit(actor),
        action: "token.create",
        outcome: "SUCCESS",
        target: { type: "api_token", id: row.id },
        detail: {
          name: input.name,
          prefix,
          permissions: input.permissions,
          environments: input.allEnvironments ? "all" : environmentIds.length,
          workspaceId: input.workspaceId ?? null,
        },
        request: opts.request,
      },
      tx,
    );
    return row;
  });
  return { id: created.id, name: input.name, prefix, token };
}

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  workspaceName: string | null;
  permissions: string[];
  environmentNames: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  status: "Active" | "Expired" | "Revoked";
};

export async function listApiTokens(actor: UserActor, now = new Date()): Promise<ApiTokenRow[]> {
  assertManage(actor);
  const [rows, environments] = await Promise.all([
    db.apiToken.findMany({
      where: { orgId: actor.orgId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 500,
      select: {
        id: true,
        name: true,
        prefix: true,
        permissions: true,
        environmentIds: true,
        createdAt: true,
        lastUsedAt: true,
        expiresAt: true,
        revokedAt: true,
        workspace: { select: { name: true } },
      },
    }),
    db.environment.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } }),
  ]);
  const envName = new Map(environments.map((e) => [e.id, e.name]));
  return rows.map(({ workspace, permissions, environmentIds, ...r }) => ({
    ...r,
    workspaceName: workspace?.name ?? null,
    permissions: permissions.split(",").filter(Boolean),
    environmentNames: (JSON.parse(environmentIds) as string[]).map((id) => envName.get(id) ?? "(removed)"),
    status: r.revokedAt ? "Revoked" : r.expiresAt && r.expiresAt <= now ? "Expired" : "Active",
  }));
}

/** Revokes at once: the database row, and this process's token cache. Idempotent. */
export async function revokeApiToken(
  actor: UserActor,
  tokenId: string,
  opts: { request?: RequestInfo | null } = {},
): Promise<void> {
  assertManage(actor);
  const row = await db.apiToken.findUnique({
    where: { id: tokenId },
    select: { id: true, orgId: true, name: true, prefix: true, revokedAt: true },
  });
  if (!row || row.orgId !== actor.orgId) throw new NotFoundError("API token not found.");
  if (!row.revokedAt) {
    await db.$transaction(async (tx) => {
      await tx.apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: new Date() } });
      await recordAudit(
        {
          orgId: row.orgId,
          actor: actorAudit(actor),
          action: "token.revoke",
          outcome: "SUCCESS",
          target: { type: "api_token", id: row.id },
          detail: { name: row.name, prefix: row.prefix },
          request: opts.request,
        },
        tx,
      );
    });
  }
  forgetToken(row.id);
}
