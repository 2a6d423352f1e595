// Next.js calls register() once when a server instance starts: start the lifecycle sweep's
// interval there (Node.js runtime only; never while `next build` prerenders).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startLifecycleScheduler } = await import("./lib/lifecycle/scheduler");
  startLifecycleScheduler();
}
