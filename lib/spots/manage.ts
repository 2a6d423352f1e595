// Creating, renaming and deleting Spots, and their members (Account Holders: "spots.manage").
// A Spot that live organization secrets are restricted to cannot be deleted: the refusal
// lists them, so their availability can be changed first.
import "server-only";
import { db, type Tx } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, type UserActor } from "../authz/index.ts";
import { requireOrgPermission } from "../authz/require-permission.ts";
import { AppError, ConflictError, NotFoundError, ValidationError } from "../errors/index.ts";
import { isUniqueViolation } from "../secrets/service/errors.ts";
import { nameKey } from "../domain/text.ts";

type Opts = { request?: RequestInfo | null };

export class SpotInUseError extends AppError {
  constructor(readonly spotName: string, readonly secrets: { id: string; name: string }[], readonly total: number) {
    // The names travel as field errors under "inUse", so the dialog can list them.
    super(
      `The Spot "${spotName}" cannot be deleted: ${total} secret${total === 1 ? " is" : "s are"} restricted to it. Change their availability first.`,
      "spot_in_use",
      409,
      { inUse: secrets.map((s) => s.name) },
    );
  }
}

function nameTaken(name: string) {
  const message = `A Spot named "${name}" already exists.`;
  return new ConflictError(message, { name: [message] });
}

async function loadOwn(actor: UserActor, spotId: string, action: string, opts: Opts) {
  await requireOrgPermission(actor, "spots.manage", { action, message: "Only Account Holders manage Spots.", request: opts.request, target: { type: "spot", id: spotId } });
  const spot = await db.spot.findUnique({ where: { id: spotId }, select: { id: true, orgId: true, name: true } });
  if (!spot || spot.orgId !== actor.orgId) throw new NotFoundError("Spot not found.");
  return spot;
}

function audit(tx: Tx, actor: UserActor, action: string, spotId: string, detail: Record<string, unknown>, opts: Opts) {
  return recordAudit({ orgId: actor.orgId, actor: actorAudit(actor), action, outcome: "SUCCESS", target: { type: "spot", id: spotId }, detail, request: opts.request }, tx);
}

async function uniqueName<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(name);
    throw e;
  }
}

export async function createSpot(actor: UserActor, input: { orgId: string; name: string }, opts: Opts = {}) {
  await requireOrgPermission(actor, "spots.manage", { action: "spot.create", message: "Only Account Holders manage Spots.", request: opts.request });
  if (input.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  return uniqueName(input.name, () =>
    db.$transaction(async (tx) => {
      const spot = await tx.spot.create({ data: { orgId: actor.orgId, name: input.name, nameKey: nameKey(input.name) }, select: { id: true, name: true } });
      await audit(tx, actor, "spot.create", spot.id, { name: spot.name }, opts);
      return spot;
    }),
  );
}

export async function renameSpot(actor: UserActor, input: { spotId: string; name: string }, opts: Opts = {}) {
  const spot = await loadOwn(actor, input.spotId, "spot.rename", opts);
  if (spot.name === input.name) return { id: spot.id, name: spot.name };
  return uniqueName(input.name, () =>
    db.$transaction(async (tx) => {
      await tx.spot.update({ where: { id: spot.id }, data: { name: input.name, nameKey: nameKey(input.name) } });
      await audit(tx, actor, "spot.rename", spot.id, { from: spot.name, to: input.name }, opts);
      return { id: spot.id, name: input.name };
    }),
  );
}

export async function deleteSpot(actor: UserActor, input: { spotId: string }, opts: Opts = {}) {
  const spot = await loadOwn(actor, input.spotId, "spot.delete", opts);
  await db.$transaction(async (tx) => {
    const where = { spots: { some: { spotId: spot.id } }, status: { not: "DELETED" } };
    const [total, secrets] = await Promise.all([
      tx.secret.count({ where }),
      tx.secret.findMany({ where, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 100 }),
    ]);
    if (total > 0) throw new SpotInUseError(spot.name, secrets, total);
    await tx.spot.delete({ where: { id: spot.id } });
    await audit(tx, actor, "spot.delete", spot.id, { name: spot.name }, opts);
  });
}

export async function addSpotMember(actor: UserActor, input: { spotId: string; userId: string }, opts: Opts = {}) {
  const spot = await loadOwn(actor, input.spotId, "spot.member_add", opts);
  const member = await db.membership.findUnique({ where: { orgId_userId: { orgId: actor.orgId, userId: input.userId } }, select: { user: { select: { email: true } } } });
  if (!member) throw new ValidationError("Choose a member of this organization.", { userId: ["Choose a member of this organization."] });
  await db.$transaction(async (tx) => {
    const key = { spotId_userId: { spotId: spot.id, userId: input.userId } };
    await tx.spotMember.upsert({ where: key, update: {}, create: { spotId: spot.id, userId: input.userId } });
    await audit(tx, actor, "spot.member_add", spot.id, { email: member.user.email }, opts);
  });
}

export async function removeSpotMember(actor: UserActor, input: { spotId: string; userId: string }, opts: Opts = {}) {
  const spot = await loadOwn(actor, input.spotId, "spot.member_remove", opts);
  await db.$transaction(async (tx) => {
    const { count } = await tx.spotMember.deleteMany({ where: { spotId: spot.id, userId: input.userId } });
    if (count === 0) throw new NotFoundError("That person is not a member of this Spot.");
    await audit(tx, actor, "spot.member_remove", spot.id, { userId: input.userId }, opts);
  });
}
