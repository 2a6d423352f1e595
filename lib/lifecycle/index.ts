// The lifecycle of secrets (PRODUCT.md §3): the state machine (pure: transitions.ts for people
// and consumers, timed-transitions.ts and settle.ts for time, status.ts for reading), the
// organization's settings, the sweep that applies time-driven transitions and reminders, the
// in-server scheduler and the QA test clock.
import "server-only";
export { now } from "./clock.ts";
export { effectiveStatus, usabilityProblem, type LifecycleFacts } from "./status.ts";
export {
  cancelDeletionTransition,
  deleteNowTransition,
  registerTransition,
  scheduleDeletionTransition,
  USABLE_STORED,
  useMark,
  useTransition,
} from "./transitions.ts";
export { loadLifecycleSettings, updateLifecycleSettings, type LifecycleSettings } from "./settings.ts";
export { runSweep, type SweepReport } from "./sweep.ts";
export { sweepNow, startLifecycleScheduler } from "./scheduler.ts";
