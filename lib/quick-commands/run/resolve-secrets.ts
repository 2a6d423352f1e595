// Prepares the secrets of a command's headers for one environment, as the person running it
// (status, expiry, use permission and decryption: lib/secrets prepareSecretUse). Each use is
// committed — audited and marked used — only when the run is about to send (run-command.ts).
// Every failure names the secret and its header; a deleted secret is reported as deleted.
import "server-only";
import { db } from "../../db/index.ts";
import type { RequestInfo } from "../../audit/index.ts";
import type { UserActor } from "../../authz/index.ts";
import { AppError, ForbiddenError, NotFoundError, UnusableSecretError } from "../../errors/index.ts";
import { prepareSecretUse, type PreparedUse } from "../../secrets/index.ts";
import type { SecretHeader } from "../stored-headers.ts";

const inHeader = (message: string, h: SecretHeader) => `${message.replace(/\.$/, "")} (header ${h.key}).`;

export function deletedError(h: SecretHeader): UnusableSecretError {
  return new UnusableSecretError(`The secret "${h.secretName}" used in header ${h.key} was deleted.`, "secret_deleted");
}

async function explain(e: unknown, h: SecretHeader): Promise<unknown> {
  if (e instanceof UnusableSecretError)
    return e.code === "secret_deleted" ? deletedError(h) : new UnusableSecretError(inHeader(e.message, h), e.code);
  if (e instanceof ForbiddenError) return new ForbiddenError(inHeader(e.message, h));
  if (e instanceof NotFoundError) {
    if (/has no value/.test(e.message)) return new NotFoundError(inHeader(e.message, h));
    const row = await db.secret.findUnique({ where: { id: h.secretId }, select: { status: true } });
    if (!row || row.status === "DELETED") return deletedError(h);
    return new NotFoundError(`The secret "${h.secretName}" used in header ${h.key} is not available to you.`);
  }
  if (e instanceof AppError) return new AppError(inHeader(e.message, h), e.code, e.status);
  return e;
}

/** One preparation per distinct secret, in header order; the first failure stops the run. */
export async function prepareHeaderSecrets(
  actor: UserActor,
  headers: SecretHeader[],
  environmentId: string,
  opts: { request?: RequestInfo | null; commandName: string },
): Promise<Map<string, PreparedUse>> {
  const resolved = new Map<string, PreparedUse>();
  for (const h of headers) {
    if (resolved.has(h.secretId)) continue;
    try {
      const consumer = { kind: "QUICK_COMMAND", name: opts.commandName };
      const use = await prepareSecretUse(actor, h.secretId, environmentId, { request: opts.request, consumer });
      resolved.set(h.secretId, use);
    } catch (e) {
      throw await explain(e, h);
    }
  }
  return resolved;
}
