// The personal secrets of a removed member: scheduled for deletion after the organization's
// grace period (not silently kept or dropped), and their owner told by e-mail (and in-app,
// should they come back). A system path: the person removing the member may not see these
// secrets, so the lifecycle transition is applied directly, audited with actor SYSTEM and
// the owner as the only reader of those records.
import "server-only";
import type { Tx } from "../db/index.ts";
import { recordAuditBatch, type RequestInfo } from "../audit/index.ts";
import type { LifecycleSettings } from "../lifecycle/settings.ts";
import { scheduleDeletionTransition } from "../lifecycle/transitions.ts";
import { enqueueMail } from "../notifications/enqueue-mail.ts";
import { isoDay } from "../time/days.ts";

const SCHEDULABLE = ["ACTIVE", "INACTIVE", "EXPIRED"];
const LISTED_IN_MAIL = 50;

type Owner = { id: string; email: string };
type Context = {
  orgId: string;
  orgName: string;
  removedBy: { userId: string; label: string };
  settings: LifecycleSettings;
  now: Date;
  request?: RequestInfo | null;
};

export async function schedulePersonalSecretsOfRemovedMember(tx: Tx, owner: Owner, ctx: Context): Promise<number> {
  const rows = await tx.secret.findMany({
    where: { orgId: ctx.orgId, scope: "PERSONAL", ownerId: owner.id, status: { in: SCHEDULABLE } },
    select: { id: true, name: true, status: true, expiresAt: true, deletionDueAt: true },
    orderBy: { name: "asc" },
  });
  const due = [];
  for (const row of rows) {
    try {
      due.push({ row, transition: scheduleDeletionTransition(row, ctx.settings, ctx.now) });
    } catch {
      // Already due for deletion (the sweep deletes it) or already scheduled: nothing to do.
    }
  }
  if (due.length === 0) return 0;
  const { data, deletionDueAt } = due[0]!.transition; // the same for every secret: same time, same grace period
  await tx.secret.updateMany({ where: { id: { in: due.map((d) => d.row.id) }, status: { in: SCHEDULABLE } }, data });
  await recordAuditBatch(
    due.map(({ row }) => ({
      orgId: ctx.orgId,
      actor: { type: "SYSTEM" as const, label: `member removal by ${ctx.removedBy.label}` },
      action: "secret.schedule_deletion",
      outcome: "SUCCESS" as const,
      secret: { id: row.id, name: row.name, personalOwnerId: owner.id },
      detail: { reason: "member_removed", removedBy: ctx.removedBy.userId, deletionDueAt: deletionDueAt.toISOString() },
      request: ctx.request,
    })),
    tx,
  );
  await notifyOwner(
    tx,
    owner,
    ctx,
    due.map((d) => d.row.name),
    deletionDueAt,
  );
  return due.length;
}

async function notifyOwner(tx: Tx, owner: Owner, ctx: Context, names: string[], dueAt: Date) {
  const day = isoDay(dueAt);
  const title = `Your personal secrets in ${ctx.orgName} will be deleted on ${day}`;
  const body =
    `You were removed from ${ctx.orgName}. Your ${names.length} personal secret${names.length === 1 ? "" : "s"} there ` +
    `${names.length === 1 ? "is" : "are"} scheduled for deletion on ${day} and can no longer be used. ` +
    `If you need them, ask an Account Holder to invite you again before that date and cancel the deletion.`;
  await tx.notification.create({
    data: { orgId: ctx.orgId, userId: owner.id, kind: "MEMBER_REMOVED", title, body, createdAt: ctx.now },
  });
  const listed = names.slice(0, LISTED_IN_MAIL).map((n) => `  - ${n}`);
  if (names.length > LISTED_IN_MAIL) listed.push(`  … and ${names.length - LISTED_IN_MAIL} more`);
  await enqueueMail(tx, {
    orgId: ctx.orgId,
    to: owner.email,
    subject: title,
    text: `${body}\n\n${listed.join("\n")}\n\n— Strongroom`,
  });
}
