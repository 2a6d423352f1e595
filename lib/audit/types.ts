export type AuditOutcome = "SUCCESS" | "DENIED" | "FAILURE";

export type AuditActor =
  | { type: "USER"; userId: string; label: string }
  | { type: "TOKEN"; tokenId: string; label: string }
  | { type: "SYSTEM"; label: string }
  | { type: "ANONYMOUS"; label: string };

export type RequestInfo = { ip?: string | null; userAgent?: string | null };

export type AuditInput = {
  /** null for events outside any organization (e.g. a failed sign-in with an unknown e-mail). */
  orgId: string | null;
  actor: AuditActor;
  /** e.g. "secret.create", "secret.use", "auth.sign_in_failed" — see AUDIT_ACTIONS. */
  action: string;
  outcome: AuditOutcome;
  secret?: { id: string; name: string; personalOwnerId?: string | null } | null;
  environmentId?: string | null;
  target?: { type: string; id: string } | null;
  /** Small, value-free facts (changed field names, counts, reasons). Never a secret value. */
  detail?: Record<string, unknown>;
  request?: RequestInfo | null;
};
