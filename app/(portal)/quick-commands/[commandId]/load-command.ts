import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getPortalContext } from "@/lib/auth";
import { actorForCommand, getCommand } from "@/lib/quick-commands";
import { isAppError } from "@/lib/errors";

/** The command of a page, or the 404 page when the user may not see it. */
export const loadCommand = cache(async (commandId: string) => {
  const ctx = await getPortalContext();
  try {
    const actor = await actorForCommand(ctx.user, commandId);
    return { ctx, actor, command: await getCommand(actor, commandId) };
  } catch (e) {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  }
});
