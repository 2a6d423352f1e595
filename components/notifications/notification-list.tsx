import Link from "next/link";
import { Badge } from "@/components/ui";
import { MarkReadButton, type MarkReadAction } from "./mark-read-buttons";

export type NotificationRow = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
};

const KIND_LABELS: Record<string, string> = {
  DELETION_REMINDER: "Deletion reminder",
  EXPIRY_REMINDER: "Expiry reminder",
  SECRET_REACTIVATED: "Active again",
};

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export function NotificationList({ items, markRead }: { items: NotificationRow[]; markRead: MarkReadAction }) {
  return (
    <ul aria-label="Notifications" className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
      {items.map((n) => (
        <li key={n.id} aria-label={n.title} className={n.readAt ? "px-5 py-4" : "bg-brand-50/40 px-5 py-4"}>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-zinc-900">
                {!n.readAt && <span className="sr-only">Unread: </span>}
                {n.title}
                <Badge
                  tone={
                    n.kind === "SECRET_REACTIVATED" ? "success" : n.kind === "EXPIRY_REMINDER" ? "warning" : "danger"
                  }
                >
                  {KIND_LABELS[n.kind] ?? n.kind}
                </Badge>
                {!n.readAt && (
                  <Badge tone="accent" aria-hidden="true">
                    New
                  </Badge>
                )}
              </p>
              <p className="mt-1 text-sm text-zinc-700">{n.body}</p>
              <p className="mt-1 text-xs text-zinc-500">
                <time dateTime={n.createdAt.toISOString()}>{when(n.createdAt)}</time>
              </p>
            </div>
            <div className="flex shrink-0 items-center gap-2">
              {n.link && (
                <Link href={n.link} className="text-sm font-medium text-brand-700 underline">
                  Open secret
                </Link>
              )}
              {!n.readAt && <MarkReadButton id={n.id} title={n.title} action={markRead} />}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
