// Deleting a Spot (what only Spots have). A Spot that live organization secrets are restricted
// to cannot be deleted: the refusal lists them, so their availability can be changed first.
import "server-only";
import { db } from "../db/index.ts";
import type { UserActor } from "../authz/index.ts";
import { AppError } from "../errors/index.ts";
import { auditGroup, loadGroup, type GroupOpts } from "./manage.ts";

export class SpotInUseError extends AppError {
  constructor(
    readonly spotName: string,
    readonly secrets: { id: string; name: string }[],
    readonly total: number,
  ) {
    const restricted = `${total} secret${total === 1 ? " is" : "s are"} restricted to it`;
    // The names travel as field errors under "inUse", so the dialog can list them.
    const message = `The Spot "${spotName}" cannot be deleted: ${restricted}. Change their availability first.`;
    super(message, "spot_in_use", 409, { inUse: secrets.map((s) => s.name) });
  }
}

export async function deleteSpot(actor: UserActor, input: { spotId: string }, opts: GroupOpts = {}) {
  const spot = await loadGroup(actor, "spot", input.spotId, "spot.delete", opts);
  await db.$transaction(async (tx) => {
    const where = { spots: { some: { spotId: spot.id } }, status: { not: "DELETED" } };
    const [total, secrets] = await Promise.all([
      tx.secret.count({ where }),
      tx.secret.findMany({ where, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 100 }),
    ]);
    if (total > 0) throw new SpotInUseError(spot.name, secrets, total);
    await tx.spot.delete({ where: { id: spot.id } });
    await auditGroup(tx, actor, "spot", "spot.delete", spot.id, { name: spot.name }, opts);
  });
  return { spotId: spot.id };
}
