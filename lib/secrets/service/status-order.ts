// The status a user sees (lifecycle/status.ts effectiveStatus) as database predicates, so that
// filtering and sorting by Status use that status, not the stored column the sweep updates
// later: a secret past its expiration date is Expired at once, a stored Expired whose date was
// moved into the future is Active.
import type { Prisma } from "../../db/index.ts";
import type { SecretStatus } from "../../domain/constants.ts";

export type ListedStatus = Exclude<SecretStatus, "DELETED">;

/** Sort order of Status ascending: by the word on screen (Active, Expired, Inactive, Scheduled for deletion). */
export const STATUS_ORDER: readonly ListedStatus[] = ["ACTIVE", "EXPIRED", "INACTIVE", "SCHEDULED_FOR_DELETION"];

/** The secrets whose effective status is `status` now; every listed secret matches exactly one. */
export function effectiveStatusWhere(status: ListedStatus, now: Date): Prisma.SecretWhereInput {
  const notExpired: Prisma.SecretWhereInput = { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  switch (status) {
    case "ACTIVE":
      return { status: { in: ["ACTIVE", "EXPIRED"] }, ...notExpired };
    case "INACTIVE":
      return { status: "INACTIVE", ...notExpired };
    case "EXPIRED":
      return { status: { in: ["ACTIVE", "INACTIVE", "EXPIRED"] }, expiresAt: { lte: now } };
    case "SCHEDULED_FOR_DELETION":
      return { status: "SCHEDULED_FOR_DELETION" };
  }
}

export type StatusSlice = { status: ListedStatus; skip: number; take: number };

/**
 * Which part of each status group a page holds when the list is ordered by status group (in
 * `order`) and then by name: `counts[i]` is the size of group `order[i]`. The database counts
 * each group on the list index and reads only the slices a page needs, which is the same as
 * ORDER BY CASE <status predicates> without a second, hand-written copy of the list's filters.
 */
export function statusSlices(
  order: readonly ListedStatus[],
  counts: number[],
  skip: number,
  take: number,
): StatusSlice[] {
  const slices: StatusSlice[] = [];
  let offset = skip;
  let remaining = take;
  order.forEach((status, i) => {
    const size = counts[i] ?? 0;
    if (remaining <= 0) return;
    if (offset >= size) {
      offset -= size;
      return;
    }
    const n = Math.min(remaining, size - offset);
    slices.push({ status, skip: offset, take: n });
    remaining -= n;
    offset = 0;
  });
  return slices;
}
