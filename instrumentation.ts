// Next.js calls register() once when a server instance starts: start the lifecycle sweep's
// interval and the audit checkpoints' timer there (Node.js runtime only; never while
// `next build` prerenders).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startLifecycleScheduler } = await import("./lib/lifecycle/scheduler");
  startLifecycleScheduler();
  const { startAuditCheckpointScheduler } = await import("./lib/audit/checkpoint-scheduler");
  startAuditCheckpointScheduler();
}
