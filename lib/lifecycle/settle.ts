// The pure machine's clock step: every time-driven transition that came due by `now`, applied
// in the order the events happened (ties broken by TIMED's order). The sweep writes exactly
// this; the effective status (status.ts) reads it. Because each transition is dated when it
// came due, settling at t1 and then at t2 gives the same fields as settling once at t2.
import { TIMED, type LifecycleRow, type Periods, type TimedKind } from "./timed-transitions.ts";

export type Settled = {
  /** The last transition taken (the one the sweep audits and counts). */
  kind: TimedKind;
  /** Every transition taken, in order (e.g. inactivate, then dueDeletion after a long pause). */
  steps: TimedKind[];
  /** The fields to write: the transitions' data merged in order. */
  data: Record<string, string | Date | null>;
};

const KINDS = Object.keys(TIMED) as TimedKind[];

function next(row: LifecycleRow, p: Periods, now: Date, kinds: readonly TimedKind[]) {
  let best: { kind: TimedKind; at: Date } | null = null;
  for (const kind of kinds) {
    const at = TIMED[kind].dueAt(row, p, now);
    if (at && (!best || at.getTime() < best.at.getTime())) best = { kind, at };
  }
  return best;
}

/**
 * What the sweep does to a secret at `now`, or null when nothing is due. `kinds` limits the
 * transitions considered (the effective status leaves inactivity to the sweep).
 */
export function settle(row: LifecycleRow, p: Periods, now: Date, kinds: readonly TimedKind[] = KINDS): Settled | null {
  let state = row;
  const steps: TimedKind[] = [];
  let data: Settled["data"] = {};
  for (let step = next(state, p, now, kinds); step; step = next(state, p, now, kinds)) {
    const d = TIMED[step.kind].data(state, p, step.at);
    state = { ...state, ...d };
    data = { ...data, ...d };
    steps.push(step.kind);
    // The machine has no cycles (Deleted is final; a restored secret's dates lie ahead), but a
    // bug must not hang the sweep.
    if (steps.length > KINDS.length) throw new Error("lifecycle: settle did not converge");
  }
  return steps.length ? { kind: steps[steps.length - 1]!, steps, data } : null;
}
