// The lifecycle of secrets (PRODUCT.md §3): status rules and the state machine (pure), the
// organization's settings, the sweep that applies time-driven transitions and reminders, the
// in-server scheduler and the QA test clock.
import "server-only";
export { now } from "./clock.ts";
export { effectiveStatus, usabilityProblem, useTransition, type LifecycleFacts } from "./status.ts";
export { scheduleDeletionTransition, cancelDeletionTransition } from "./transitions.ts";
export { loadLifecycleSettings, updateLifecycleSettings, type LifecycleSettings } from "./settings.ts";
export { runSweep, type SweepReport } from "./sweep.ts";
export { sweepNow, startLifecycleScheduler } from "./scheduler.ts";
