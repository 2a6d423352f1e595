// The Spots (teams / AI agent groups) of an organization: the read helper the secret screens
// use, and administration (Account Holders: "spots.manage").
import "server-only";
import { db } from "../db/index.ts";

export type SpotSummary = { id: string; name: string };

/** The organization's Spots ordered by name. */
export async function listSpots(orgId: string): Promise<SpotSummary[]> {
  return db.spot.findMany({ where: { orgId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export { listSpotsForAdmin, type SpotAdminRow } from "./list-admin.ts";
export { createSpot, renameSpot, deleteSpot, addSpotMember, removeSpotMember, SpotInUseError } from "./manage.ts";
