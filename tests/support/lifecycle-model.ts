// The pure machine as a fold over events, for the property tests: a secret's lifecycle fields
// after its history, computed only from lib/lifecycle's transitions and settle, with no
// database. The services and the sweep must arrive at the same fields.
import { effectiveStatus, usabilityProblem } from "../../lib/lifecycle/status.ts";
import { settle } from "../../lib/lifecycle/settle.ts";
import { purge, type Periods } from "../../lib/lifecycle/timed-transitions.ts";
import {
  cancelDeletionTransition,
  deleteNowTransition,
  registerTransition,
  scheduleDeletionTransition,
  useTransition,
} from "../../lib/lifecycle/transitions.ts";

export type ModelSecret = {
  status: string;
  idleSince: Date;
  expiresAt: Date | null;
  inactiveSince: Date | null;
  deletionDueAt: Date | null;
  deletionScheduledAt: Date | null;
  deletedAt: Date | null;
  purgeAt: Date | null;
  lastUsedAt: Date | null;
};

/** A secret's state; "PURGED" once its tombstone is gone. */
export type ModelState = ModelSecret | "PURGED";

export const USER_EVENTS = ["use", "schedule", "cancel", "deleteNow"] as const;
export type LifecycleEvent = { at: Date; kind: (typeof USER_EVENTS)[number] | "sweep" };

export function registered(at: Date, expiresAt: Date | null): ModelSecret {
  return {
    ...(registerTransition(at) as { status: string; idleSince: Date }),
    expiresAt,
    inactiveSince: null,
    deletionDueAt: null,
    deletionScheduledAt: null,
    deletedAt: null,
    purgeAt: null,
    lastUsedAt: null,
  };
}

const NAME = "model_secret";

// The fields a transition writes, on the model's fields (a revision and the name reservation are not modelled).
function merge(s: ModelSecret, data: object | undefined): ModelSecret {
  const { version: _version, liveName: _liveName, ...fields } = (data ?? {}) as Record<string, unknown>;
  return { ...s, ...fields };
}

// A refused transition changes nothing (the service answers with an error).
function attempt(s: ModelSecret, change: () => object): ModelSecret {
  try {
    return merge(s, change());
  } catch {
    return s;
  }
}

export function applyEvent(state: ModelState, e: LifecycleEvent, p: Periods): ModelState {
  if (state === "PURGED") return state;
  const s = state;
  const facts = { ...s, name: NAME };
  switch (e.kind) {
    case "sweep": {
      const next = merge(s, settle(s, p, e.at)?.data);
      return purge.dueAt(next, e.at) ? "PURGED" : next;
    }
    case "use":
      return usabilityProblem(facts, e.at) ? s : merge(s, useTransition(s, e.at).data);
    case "schedule":
      return attempt(s, () => scheduleDeletionTransition(facts, p, e.at).data);
    case "cancel":
      return attempt(s, () => cancelDeletionTransition(facts, e.at).data);
    case "deleteNow":
      // A stored tombstone is not found; anything else can be deleted now.
      return s.status === "DELETED" ? s : merge(s, deleteNowTransition(s, p, e.at));
  }
}

export const runHistory = (start: ModelState, events: LifecycleEvent[], p: Periods) =>
  [...events].sort((a, b) => a.at.getTime() - b.at.getTime()).reduce((s, e) => applyEvent(s, e, p), start);

/** The status a reader sees now (for messages in failing examples). */
export const shownStatus = (s: ModelState, now: Date) => (s === "PURGED" ? s : effectiveStatus(s, now));
