import "server-only";
import { notFound } from "next/navigation";
import { getSecret } from "@/lib/secrets";
import { now } from "@/lib/lifecycle/clock";
import { detailLoader } from "../../detail-loader";

/**
 * The secret of a page, read at one instant (`at`), or the 404 page: a secret the user may not
 * see does not exist for them (once per request).
 */
export const loadSecret = detailLoader("secret", async (actor, id) => {
  const at = now();
  return { secret: await getSecret(actor, id, at), at };
});

/** The same, for the edit page: someone who may only view the secret gets the answer for a secret they cannot see. */
export async function loadEditableSecret(secretId: string) {
  const loaded = await loadSecret(secretId);
  if (!loaded.secret.actions.includes("edit")) notFound();
  return loaded;
}
