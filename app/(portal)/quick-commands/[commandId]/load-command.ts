import "server-only";
import { notFound } from "next/navigation";
import { getCommand } from "@/lib/quick-commands";
import { detailLoader } from "../../detail-loader";

/** The command of a page, or the 404 page when the user may not see it (once per request). */
export const loadCommand = detailLoader("command", async (actor, id) => ({ command: await getCommand(actor, id) }));

/** The same, for the edit page: someone who may not edit the command gets the 404 page. */
export async function loadEditableCommand(commandId: string) {
  const loaded = await loadCommand(commandId);
  if (!loaded.command.actions.includes("edit")) notFound();
  return loaded;
}
