import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getPortalContext, type PortalContext } from "@/lib/auth";
import { actorForResource, type ResourceKind, type UserActor } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { isRecordId } from "@/lib/domain/id";

/**
 * The loader of an [id] page (a secret, a Quick Command): what `load` reads as the signed-in
 * user's actor in the resource's organization (derived from the id), or the 404 page when the
 * user may not see it. Once per request: the layout calls it before anything streams (so the
 * answer is HTTP 404), the page and its metadata reuse it (and a denied view is audited once).
 */
export function detailLoader<T extends object>(kind: ResourceKind, load: (actor: UserActor, id: string) => Promise<T>) {
  return cache(async (id: string): Promise<T & { ctx: PortalContext; actor: UserActor }> => {
    if (!isRecordId(id)) notFound();
    const ctx = await getPortalContext();
    try {
      const actor = await actorForResource(ctx.user, kind, id);
      return { ...(await load(actor, id)), ctx, actor };
    } catch (e) {
      if (isAppError(e) && e.status === 404) notFound();
      throw e;
    }
  });
}
