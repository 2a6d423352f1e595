// Groups with members — workspaces and Spots — as one feature: the same listing, creating,
// renaming and member changes for both kinds (their differences as data in kinds.ts and
// store.ts), plus what only one kind has (archiving a workspace, deleting a Spot), and the read
// helper the secret screens use.
import "server-only";
import { db } from "../db/index.ts";
import { groupOperations } from "./operations.ts";

export type { GroupKind } from "./kinds.ts";
export type { GroupRow, GroupMemberRow } from "./store.ts";
export { listGroups, type GroupListing } from "./list.ts";
export { setWorkspaceArchived } from "./archive-workspace.ts";
export { deleteSpot, SpotInUseError } from "./delete-spot.ts";

const workspaces = groupOperations("workspace");
const spots = groupOperations("spot");
export const { list: listWorkspacesForAdmin, create: createWorkspace, rename: renameWorkspace } = workspaces;
export const { putMember: setWorkspaceMember, removeMember: removeWorkspaceMember } = workspaces;
export const { list: listSpotsForAdmin, create: createSpot, rename: renameSpot } = spots;
export const { putMember: addSpotMember, removeMember: removeSpotMember } = spots;

export type SpotSummary = { id: string; name: string };

/** The organization's Spots ordered by name (the availability choices of the secret screens). */
export async function listSpots(orgId: string): Promise<SpotSummary[]> {
  return db.spot.findMany({ where: { orgId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
