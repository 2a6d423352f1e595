import "server-only";
export { recordAudit } from "./record.ts";
export { recordAuditBatch } from "./record-batch.ts";
export type { AuditActor, AuditInput, AuditOutcome, RequestInfo } from "./types.ts";
