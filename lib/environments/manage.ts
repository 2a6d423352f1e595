// Environments of an organization (Account Holders: "environments.manage"): add, rename,
// reorder, delete. Deleting is refused while any secret still has a value in it (with counts);
// the last environment cannot be deleted. Slugs are what machine clients use; the API's
// environment cache (30 s) is cleared in this process at once.
import "server-only";
import { db, type Tx } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, type UserActor } from "../authz/index.ts";
import { requireOrgPermission } from "../authz/require-permission.ts";
import { forgetEnvironments } from "../api/environments.ts";
import { AppError, ConflictError, NotFoundError } from "../errors/index.ts";
import { isUniqueViolation } from "../secrets/service/errors.ts";
import { nameKey } from "../domain/text.ts";

type Opts = { request?: RequestInfo | null };
const NOT_ALLOWED = "Only Account Holders manage environments.";

export class EnvironmentInUseError extends AppError {
  constructor(
    name: string,
    readonly secrets: number,
    readonly versions: number,
  ) {
    super(
      `The environment "${name}" cannot be deleted: ${secrets} secret${secrets === 1 ? " has" : "s have"} values in it (${versions} value version${versions === 1 ? "" : "s"}). Delete those secrets or their values first.`,
      "environment_in_use",
      409,
    );
  }
}

async function loadOwn(actor: UserActor, environmentId: string, action: string, opts: Opts) {
  await requireOrgPermission(actor, "environments.manage", {
    action,
    message: NOT_ALLOWED,
    request: opts.request,
    target: { type: "environment", id: environmentId },
  });
  const env = await db.environment.findUnique({
    where: { id: environmentId },
    select: { id: true, orgId: true, name: true, slug: true },
  });
  if (!env || env.orgId !== actor.orgId) throw new NotFoundError("Environment not found.");
  return env;
}

async function audit(
  tx: Tx,
  actor: UserActor,
  action: string,
  environmentId: string,
  detail: Record<string, unknown>,
  opts: Opts,
) {
  await recordAudit(
    {
      orgId: actor.orgId,
      actor: actorAudit(actor),
      action,
      outcome: "SUCCESS",
      environmentId,
      target: { type: "environment", id: environmentId },
      detail,
      request: opts.request,
    },
    tx,
  );
}

async function unique<T>(input: { name: string; slug: string }, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const message = `An environment named "${input.name}" or with the slug "${input.slug}" already exists.`;
    throw new ConflictError(message, { name: [message] });
  }
}

export async function createEnvironment(
  actor: UserActor,
  input: { orgId: string; name: string; slug: string },
  opts: Opts = {},
) {
  await requireOrgPermission(actor, "environments.manage", {
    action: "environment.create",
    message: NOT_ALLOWED,
    request: opts.request,
  });
  if (input.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  const created = await unique(input, () =>
    db.$transaction(async (tx) => {
      const last = await tx.environment.aggregate({ where: { orgId: actor.orgId }, _max: { position: true } });
      const env = await tx.environment.create({
        data: {
          orgId: actor.orgId,
          name: input.name,
          nameKey: nameKey(input.name),
          slug: input.slug,
          position: (last._max.position ?? -1) + 1,
        },
        select: { id: true, name: true, slug: true },
      });
      await audit(tx, actor, "environment.create", env.id, { name: env.name, slug: env.slug }, opts);
      return env;
    }),
  );
  forgetEnvironments(actor.orgId);
  return created;
}

export async function renameEnvironment(
  actor: UserActor,
  input: { environmentId: string; name: string; slug: string },
  opts: Opts = {},
) {
  const env = await loadOwn(actor, input.environmentId, "environment.rename", opts);
  if (env.name === input.name && env.slug === input.slug) return { id: env.id, name: env.name, slug: env.slug };
  const renamed = await unique(input, () =>
    db.$transaction(async (tx) => {
      await tx.environment.update({
        where: { id: env.id },
        data: { name: input.name, nameKey: nameKey(input.name), slug: input.slug },
      });
      await audit(
        tx,
        actor,
        "environment.rename",
        env.id,
        { from: { name: env.name, slug: env.slug }, to: { name: input.name, slug: input.slug } },
        opts,
      );
      return { id: env.id, name: input.name, slug: input.slug };
    }),
  );
  forgetEnvironments(actor.orgId);
  return renamed;
}

/** Moves an environment one place up or down; positions are rewritten 0, 1, 2, … */
export async function moveEnvironment(
  actor: UserActor,
  input: { environmentId: string; direction: "up" | "down" },
  opts: Opts = {},
) {
  const env = await loadOwn(actor, input.environmentId, "environment.reorder", opts);
  await db.$transaction(async (tx) => {
    const ordered = await tx.environment.findMany({
      where: { orgId: actor.orgId },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true },
    });
    const ids = ordered.map((e) => e.id);
    const from = ids.indexOf(env.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    for (const [position, id] of ids.entries()) await tx.environment.update({ where: { id }, data: { position } });
    await audit(
      tx,
      actor,
      "environment.reorder",
      env.id,
      { name: env.name, direction: input.direction, position: to },
      opts,
    );
  });
  forgetEnvironments(actor.orgId);
}

export async function deleteEnvironment(actor: UserActor, input: { environmentId: string }, opts: Opts = {}) {
  const env = await loadOwn(actor, input.environmentId, "environment.delete", opts);
  await db.$transaction(async (tx) => {
    if ((await tx.environment.count({ where: { orgId: actor.orgId } })) <= 1) {
      throw new ConflictError("An organization needs at least one environment.");
    }
    const live = { environmentId: env.id, secret: { status: { not: "DELETED" } } };
    const [versions, secrets] = await Promise.all([
      tx.secretValueVersion.count({ where: live }),
      tx.secretValueVersion.groupBy({ by: ["secretId"], where: live }),
    ]);
    if (versions > 0) throw new EnvironmentInUseError(env.name, secrets.length, versions);
    // What is left are the destroyed values of deleted secrets (tombstones): no key material.
    await tx.secretValueVersion.deleteMany({ where: { environmentId: env.id } });
    await tx.environment.delete({ where: { id: env.id } });
    await audit(tx, actor, "environment.delete", env.id, { name: env.name, slug: env.slug }, opts);
  });
  forgetEnvironments(actor.orgId);
}
