import type { OutboxItem } from "@/lib/notifications";
import { Badge, type BadgeTone } from "@/components/ui";

const STATES: Record<OutboxItem["state"], { label: string; tone: BadgeTone }> = {
  sent: { label: "Sent", tone: "success" },
  pending: { label: "Not sent", tone: "neutral" },
  retrying: { label: "Retrying", tone: "warning" },
  failed: { label: "Failed", tone: "danger" },
};

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export function OutboxList({ items }: { items: OutboxItem[] }) {
  return (
    <ul aria-label="Outbox messages" className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
      {items.map((m) => (
        <li key={m.id} className="px-5 py-3">
          <details>
            <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <span className="font-medium text-zinc-900">{m.subject}</span>
              <span className="text-zinc-600">to {m.to}</span>
              <Badge tone={STATES[m.state].tone}>{STATES[m.state].label}</Badge>
              <time className="text-xs text-zinc-500" dateTime={m.createdAt.toISOString()}>
                {when(m.createdAt)}
              </time>
            </summary>
            <pre className="mt-3 rounded-md bg-zinc-50 p-3 text-sm whitespace-pre-wrap text-zinc-800">{m.text}</pre>
            {(m.attempts > 0 || m.lastError) && (
              <p className="mt-2 text-xs text-zinc-500">
                {m.attempts} attempt{m.attempts === 1 ? "" : "s"}
                {m.sentAt ? `, sent ${when(m.sentAt)}` : ""}
                {m.lastError ? ` — last error: ${m.lastError}` : ""}
              </p>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
