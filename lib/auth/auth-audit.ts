// Where sign-in events are recorded. Signing in is not bound to one organization, but each
// organization's Holders and Managers must see the sign-ins, failed sign-ins, lock-outs and
// sign-outs of their members: an event about a known user is appended to the chain of every
// organization the user is a member of (one record per chain, in one transaction, so every
// chain stays verifiable on its own), and only an event about no member (an unknown e-mail,
// a user without an organization) goes to the `system` chain.
import "server-only";
import { db, type Tx } from "../db/index.ts";
import { recordAuditBatch, type AuditInput } from "../audit/index.ts";

/** The user an auth event is about: its target (the account signed in to, or tried). */
function subjectOf(input: AuditInput): string | null {
  return input.target?.type === "user" ? input.target.id : null;
}

/** One copy of `input` per organization of its subject; the input itself when there is none. */
export function perOrganization(input: AuditInput, orgIds: string[]): AuditInput[] {
  if (orgIds.length === 0) return [{ ...input, orgId: null }];
  return [...new Set(orgIds)].sort().map((orgId) => ({ ...input, orgId }));
}

/** Records `input` in each organization of its subject; inside `tx` when given (one commit with the change). */
export async function recordAuthEvent(input: AuditInput, tx?: Tx): Promise<void> {
  const userId = subjectOf(input);
  const memberships = userId
    ? await (tx ?? db).membership.findMany({ where: { userId }, select: { orgId: true } })
    : [];
  const inputs = perOrganization(
    input,
    memberships.map((m) => m.orgId),
  );
  if (tx) return recordAuditBatch(inputs, tx);
  await db.$transaction((t) => recordAuditBatch(inputs, t));
}
