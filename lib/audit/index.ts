import "server-only";
export { recordAudit } from "./record.ts";
export type { AuditActor, AuditInput, AuditOutcome, RequestInfo } from "./types.ts";
