import Link from "next/link";
import { Badge, Card, CardContent, CardHeader, CardTitle } from "@/components/ui";

export type AuditItem = { id: string; at: string; action: string; actor: string; outcome: string };

/** The latest audit records of this secret that the user may read. */
export function RecentAuditEvents({ events, secretId }: { events: AuditItem[]; secretId: string }) {
  return (
    <Card aria-labelledby="secret-recent-audit-events">
      <CardHeader className="flex items-center justify-between">
        <CardTitle id="secret-recent-audit-events">Recent audit events</CardTitle>
        <Link
          href={`/audit?secretId=${encodeURIComponent(secretId)}`}
          className="text-sm text-brand-700 hover:underline"
        >
          See all events
        </Link>
      </CardHeader>
      <CardContent>
        {events.length === 0 ? (
          <p className="text-sm text-zinc-600">No audit events that you may see.</p>
        ) : (
          <ul className="divide-y divide-zinc-100 text-sm">
            {events.map((e) => (
              <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                <span>
                  <span className="font-medium text-zinc-900">{e.action}</span>{" "}
                  <span className="text-zinc-600">by {e.actor}</span>{" "}
                  {e.outcome !== "SUCCESS" && (
                    <Badge tone={e.outcome === "DENIED" ? "warning" : "danger"}>
                      {e.outcome === "DENIED" ? "Denied" : "Failed"}
                    </Badge>
                  )}
                </span>
                <span className="text-xs text-zinc-500 tabular-nums">{e.at}</span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
