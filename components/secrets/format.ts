// Dates and labels as the Secrets Manager shows them. Dates are YYYY-MM-DD (UTC): stable
// whatever the browser's locale and time zone. Pure and client-safe.
import { AVAILABILITY_LABELS, SCOPE_LABELS, type Availability, type Scope } from "@/lib/domain/constants";
import { CREDENTIAL_TYPES, isCredentialType } from "@/lib/secrets/credential-types";
import { DAY_MS, isoDay } from "@/lib/time/days";

export function formatDay(date: Date | string | null | undefined): string | null {
  if (!date) return null;
  const d = typeof date === "string" ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? null : isoDay(d);
}

/**
 * True when `day` (YYYY-MM-DD, as typed in an Expiration date) is a real day whose 00:00 UTC, the
 * moment a secret with that date expires, is not after `now`.
 */
export function isPastDay(day: string, now: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const start = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(start.getTime()) && start.toISOString().slice(0, 10) === day && start.getTime() <= now.getTime();
}

/** "2026-12-06 14:03 UTC": a moment to the minute, as the secret's page shows times. */
export function formatMinute(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

/** Whole days from `now` until `date` (rounded up: 36 hours is "in 2 days"); negative when past. */
export function daysUntil(date: Date, now: Date): number {
  return Math.ceil((date.getTime() - now.getTime()) / DAY_MS);
}

/** "expires in 3 days" within `withinDays` of the expiration date, else null. */
export function expiryHint(expiresAt: Date | null, now: Date, withinDays = 30): string | null {
  if (!expiresAt || expiresAt.getTime() <= now.getTime()) return null;
  const days = daysUntil(expiresAt, now);
  if (days > withinDays) return null;
  return days <= 1 ? "expires in 1 day" : `expires in ${days} days`;
}

export function credentialTypeLabel(type: string): string {
  return isCredentialType(type) ? CREDENTIAL_TYPES[type].label : type;
}

/** What the Availability column says: "Entire organization", "Spot: A, B", "Workspace: Payments", "Personal". */
export function availabilityLabel(s: {
  scope: string;
  availability: string | null;
  workspaceName: string | null;
  spotNames: string[];
}): string {
  if (s.scope === "ORGANIZATION") {
    if (s.availability === "SPOTS") return `Spot: ${s.spotNames.join(", ") || "—"}`;
    return AVAILABILITY_LABELS[(s.availability ?? "ORGANIZATION") as Availability] ?? "Entire organization";
  }
  if (s.scope === "WORKSPACE") return `Workspace: ${s.workspaceName ?? "—"}`;
  return SCOPE_LABELS[s.scope as Scope] ?? s.scope;
}
