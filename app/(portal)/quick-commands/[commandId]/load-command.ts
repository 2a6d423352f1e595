import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getPortalContext } from "@/lib/auth";
import { actorForResource } from "@/lib/authz";
import { getCommand } from "@/lib/quick-commands";
import { isAppError } from "@/lib/errors";
import { isRecordId } from "@/lib/domain/id";

/**
 * The command of a page, or the 404 page when the user may not see it. Once per request: the
 * layout calls it before anything streams (so the answer is HTTP 404), the page and its
 * metadata reuse it (and a denied view is audited once).
 */
export const loadCommand = cache(async (commandId: string) => {
  if (!isRecordId(commandId)) notFound();
  const ctx = await getPortalContext();
  try {
    const actor = await actorForResource(ctx.user, "command", commandId);
    return { ctx, actor, command: await getCommand(actor, commandId) };
  } catch (e) {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  }
});

/** The same, for the edit page: someone who may not edit the command gets the 404 page. */
export async function loadEditableCommand(commandId: string) {
  const loaded = await loadCommand(commandId);
  if (!loaded.command.actions.includes("edit")) notFound();
  return loaded;
}
