import "server-only";
import { db } from "../db/index.ts";
import { loadUserActor, type ActorUser } from "../authz/load-actor.ts";
import type { UserActor } from "../authz/index.ts";
import { NotFoundError } from "../errors/index.ts";

/** The actor for the organization that owns a command — derived from the command id on the server. */
export async function actorForCommand(user: ActorUser, commandId: string): Promise<UserActor> {
  const command = await db.quickCommand.findUnique({ where: { id: commandId }, select: { orgId: true } });
  const actor = command && (await loadUserActor(user, command.orgId));
  if (!actor) throw new NotFoundError("Quick command not found.");
  return actor;
}
