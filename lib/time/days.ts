// Whole-day arithmetic on instants (UTC), the one copy for the tree. Pure: safe in client
// components, scripts and tests.

export const DAY_MS = 86_400_000;

/** `d` moved by a number of days (fractional or negative too). */
export const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY_MS);

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
