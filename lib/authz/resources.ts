// The resource tier's one declaration per resource kind: how its organization is found from its
// id, on the server. The actor is then built for that organization, so an action never trusts an
// organization named by the client for a resource it addresses by id. A resource that does not
// exist and one in an organization the user does not belong to answer the same "not found".
import "server-only";
import { db } from "../db/index.ts";
import { NotFoundError } from "../errors/index.ts";
import type { UserActor } from "./actor.ts";
import { loadUserActor, type ActorUser } from "./load-actor.ts";

type OrgRow = { orgId: string } | null;
type Resource = { noun: string; orgOf: (id: string) => Promise<OrgRow> };
const select = { orgId: true } as const;

export const RESOURCES = {
  organization: { noun: "Organization", orgOf: async (id) => ({ orgId: id }) },
  secret: { noun: "Secret", orgOf: (id) => db.secret.findUnique({ where: { id }, select }) },
  command: { noun: "Quick command", orgOf: (id) => db.quickCommand.findUnique({ where: { id }, select }) },
  workspace: { noun: "Workspace", orgOf: (id) => db.workspace.findUnique({ where: { id }, select }) },
  spot: { noun: "Spot", orgOf: (id) => db.spot.findUnique({ where: { id }, select }) },
  environment: { noun: "Environment", orgOf: (id) => db.environment.findUnique({ where: { id }, select }) },
  token: { noun: "API token", orgOf: (id) => db.apiToken.findUnique({ where: { id }, select }) },
  invitation: { noun: "Invitation", orgOf: (id) => db.invitation.findUnique({ where: { id }, select }) },
} satisfies Record<string, Resource>;

export type ResourceKind = keyof typeof RESOURCES;

/** The signed-in user's actor in the organization that owns the resource; NotFoundError otherwise. */
export async function actorForResource(user: ActorUser, kind: ResourceKind, id: string): Promise<UserActor> {
  const resource: Resource = RESOURCES[kind];
  const row = await resource.orgOf(id);
  const actor = row && (await loadUserActor(user, row.orgId));
  if (!actor) throw new NotFoundError(`${resource.noun} not found.`);
  return actor;
}
