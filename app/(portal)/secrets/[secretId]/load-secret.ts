import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getPortalContext } from "@/lib/auth";
import { actorForResource, type UserActor } from "@/lib/authz";
import { NotFoundError } from "@/lib/errors";
import { getSecret, type SecretDetail } from "@/lib/secrets";
import { now } from "@/lib/lifecycle/clock";
import { isRecordId } from "@/lib/domain/id";

type LoadedSecret = { actor: UserActor; secret: SecretDetail; at: Date };

/**
 * The secret and the actor for its organization (derived from the secret id), or the 404
 * page: a secret the user may not see does not exist for them. Once per request: the layout
 * calls it before anything streams (so the answer is HTTP 404), the page and its metadata reuse it.
 */
export const loadSecret = cache(async (secretId: string): Promise<LoadedSecret> => {
  if (!isRecordId(secretId)) notFound();
  const { user } = await getPortalContext();
  const at = now();
  try {
    const actor = await actorForResource(user, "secret", secretId);
    return { actor, secret: await getSecret(actor, secretId, at), at };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});

/** The same, for the edit page: someone who may only view the secret gets the answer for a secret they cannot see. */
export async function loadEditableSecret(secretId: string): Promise<LoadedSecret> {
  const loaded = await loadSecret(secretId);
  if (!loaded.secret.actions.includes("edit")) notFound();
  return loaded;
}
