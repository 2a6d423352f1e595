import type { Metadata } from "next";
import Link from "next/link";
import { getPortalContext } from "@/lib/auth";
import { listNotifications } from "@/lib/notifications";
import { EmptyState, PageHeader, buttonClasses } from "@/components/ui";
import { NotificationList } from "@/components/notifications/notification-list";
import { MarkAllReadButton } from "@/components/notifications/mark-read-buttons";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; filter?: string }>;
}) {
  const { user, org } = await getPortalContext();
  const sp = await searchParams;
  const unreadOnly = sp.filter === "unread";
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  const result = await listNotifications({ userId: user.id, orgId: org.id }, { page, unreadOnly });
  const hasUnread = result.items.some((n) => !n.readAt) || unreadOnly;
  const href = (p: number) =>
    `/notifications?${new URLSearchParams({ ...(unreadOnly ? { filter: "unread" } : {}), page: String(p) })}`;
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Reminders about expiring secrets and deletions, and secrets used again during their grace period."
        actions={hasUnread && result.total > 0 ? <MarkAllReadButton action={markAllNotificationsReadAction} /> : null}
      />
      <nav aria-label="Filter notifications" className="mb-4 flex gap-2 text-sm">
        <Link
          href="/notifications"
          aria-current={!unreadOnly ? "page" : undefined}
          className={buttonClasses(unreadOnly ? "ghost" : "secondary", "sm")}
        >
          All
        </Link>
        <Link
          href="/notifications?filter=unread"
          aria-current={unreadOnly ? "page" : undefined}
          className={buttonClasses(unreadOnly ? "secondary" : "ghost", "sm")}
        >
          Unread
        </Link>
      </nav>
      {result.items.length === 0 ? (
        <EmptyState
          title={unreadOnly ? "No unread notifications" : "No notifications yet"}
          description="Reminders appear here 15, 10 and 1 days before a deletion and 30, 7 and 1 days before an expiration date."
        />
      ) : (
        <NotificationList items={result.items} markRead={markNotificationReadAction} />
      )}
      {result.pageCount > 1 && (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm text-zinc-600">
          <span>
            Page {result.page} of {result.pageCount}
          </span>
          <span className="flex gap-2">
            {result.page > 1 && (
              <Link className={buttonClasses("secondary", "sm")} href={href(result.page - 1)}>
                Previous
              </Link>
            )}
            {result.page < result.pageCount && (
              <Link className={buttonClasses("secondary", "sm")} href={href(result.page + 1)}>
                Next
              </Link>
            )}
          </span>
        </nav>
      )}
    </>
  );
}
