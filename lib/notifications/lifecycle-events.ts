import "server-only";
import type { Tx } from "../db/index.ts";
import { createNotifications } from "./create.ts";
import { reactivated } from "./messages.ts";
import { RecipientResolver, type SecretPlace } from "./recipients.ts";

/**
 * A secret used during its grace period is Active again: the people who manage it (or its
 * owner) hear that its automatic deletion was cancelled. Once per inactivity period.
 */
export async function notifyReactivated(
  tx: Tx,
  secret: SecretPlace & { id: string; name: string },
  cancelledDue: Date | null,
  now: Date,
): Promise<number> {
  const recipients = await new RecipientResolver(tx).for(secret);
  const message = reactivated(secret.name, cancelledDue);
  const key = `reactivated:${secret.id}:${cancelledDue?.toISOString() ?? now.toISOString()}`;
  return createNotifications(
    tx,
    recipients.map((recipient) => ({
      orgId: secret.orgId,
      secretId: secret.id,
      recipient,
      message,
      key,
      personal: secret.scope === "PERSONAL",
    })),
    now,
  );
}
