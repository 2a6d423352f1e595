import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getPortalContext } from "@/lib/auth";
import { actorForSecret, type UserActor } from "@/lib/authz";
import { NotFoundError } from "@/lib/errors";
import { getSecret, type SecretDetail } from "@/lib/secrets";
import { now } from "@/lib/lifecycle/clock";

/**
 * The secret and the actor for its organization (derived from the secret id), or the 404
 * page (once per request): a secret the user may not see does not exist for them.
 */
export const loadSecret = cache(async (secretId: string): Promise<{ actor: UserActor; secret: SecretDetail; at: Date }> => {
  const { user } = await getPortalContext();
  const at = now();
  try {
    const actor = await actorForSecret(user, secretId);
    return { actor, secret: await getSecret(actor, secretId, at), at };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});
