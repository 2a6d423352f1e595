import "server-only";
import { db } from "../../db/index.ts";
import { ValidationError } from "../../errors/index.ts";

/** The workspace and Spots a secret is placed in must belong to its organization (and be live). */
export async function checkPlacement(
  orgId: string,
  input: { scope: string; workspaceId?: string; availability?: string; spotIds?: string[] },
): Promise<void> {
  if (input.scope === "WORKSPACE") {
    const ws = await db.workspace.findFirst({
      where: { id: input.workspaceId, orgId, archivedAt: null },
      select: { id: true },
    });
    if (!ws)
      throw new ValidationError("Choose a workspace.", { workspaceId: ["Choose a workspace of this organization."] });
  }
  if (input.scope === "ORGANIZATION" && input.availability === "SPOTS") {
    const ids = [...new Set(input.spotIds ?? [])];
    const found = await db.spot.count({ where: { orgId, id: { in: ids } } });
    if (ids.length === 0 || found !== ids.length) {
      throw new ValidationError("Choose Spots of this organization.", {
        spotIds: ["Choose at least one Spot of this organization."],
      });
    }
  }
}
