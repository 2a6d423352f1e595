// Next.js calls register() once when a server instance starts: check the configuration, start
// the lifecycle sweep's interval and the audit checkpoints' timer there (Node.js runtime only;
// never while `next build` prerenders).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // A configuration error (e.g. SSO half configured) stops the start, not the first request.
  const { env } = await import("./lib/env");
  env();
  const { startLifecycleScheduler } = await import("./lib/lifecycle/scheduler");
  startLifecycleScheduler();
  const { startAuditCheckpointScheduler } = await import("./lib/audit/checkpoint-scheduler");
  startAuditCheckpointScheduler();
}
