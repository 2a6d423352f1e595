// The signed-in user's live sessions: device (from the user agent), client address, when signed
// in and last seen; this browser's marked "This session" (it ends through Sign out).
import type { AccountSession } from "@/lib/account";
import { Badge, TableFrame } from "@/components/ui";
import { EndSessionButton } from "./end-session-button";
import type { EndSessionAction } from "./types";

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function SessionsTable({ sessions, action }: { sessions: AccountSession[]; action: EndSessionAction }) {
  return (
    <TableFrame label="Session list">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Active sessions</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-semibold text-zinc-600 uppercase">
          <tr>
            {["Device", "Client address", "Signed in", "Last seen", ""].map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {h || <span className="sr-only">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {sessions.map((s) => (
            <tr key={s.handle}>
              <td className="max-w-72 px-3 py-2">
                <span className="font-medium text-zinc-900">{s.device}</span>
                {s.current && (
                  <Badge tone="accent" className="ml-2">
                    This session
                  </Badge>
                )}
                {s.userAgent && (
                  <span className="block truncate text-xs text-zinc-500" title={s.userAgent}>
                    {s.userAgent}
                  </span>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{s.ip ?? "Unknown"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{when(s.signedInAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{when(s.lastSeenAt)}</td>
              <td className="px-3 py-2 text-right">
                {!s.current && <EndSessionButton handle={s.handle} device={s.device} action={action} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
