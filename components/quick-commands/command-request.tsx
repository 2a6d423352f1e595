// What a command sends: method, endpoint, headers (a secret by name and state, never a value)
// and body.
import { Badge, Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import { SCOPE_LABELS, type Scope } from "@/lib/domain/constants";
import type { CommandDetail, HeaderView } from "@/lib/quick-commands/views";
import { LockIcon } from "./lock-icon.tsx";

const STATE_BADGE = {
  ok: null,
  "needs-secret": <Badge tone="warning">Needs a secret</Badge>,
  deleted: <Badge tone="danger">Deleted</Badge>,
  unavailable: <Badge tone="warning">Not available to you</Badge>,
} as const;

function HeaderValue({ h }: { h: HeaderView }) {
  if (h.kind === "text") return <span className="break-all">{h.value}</span>;
  // A fork keeps the name of a secret deleted since, never that of a personal secret it dropped.
  const name =
    h.state === "needs-secret"
      ? h.secretName
        ? `${h.secretName} was deleted`
        : "a personal secret was removed"
      : (h.secretName ?? "a personal secret");
  return (
    <span className="flex flex-wrap items-center gap-2">
      <LockIcon className="text-zinc-500" />
      <span>{name}</span>
      {h.field && <span className="text-zinc-500">· {h.field}</span>}
      {h.scope && <Badge>{SCOPE_LABELS[h.scope as Scope] ?? h.scope}</Badge>}
      {STATE_BADGE[h.state]}
    </span>
  );
}

export function CommandRequest({ command }: { command: CommandDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Request</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <p className="font-mono break-all">
          <span className="font-semibold">{command.method}</span> {command.endpoint}
        </p>
        <div>
          <h3 className="mb-1 font-medium text-zinc-800">Headers</h3>
          {command.headers.length === 0 ? (
            <p className="text-zinc-500">No headers.</p>
          ) : (
            <table className="w-full text-left">
              <thead className="text-xs text-zinc-500">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Key
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Value
                  </th>
                </tr>
              </thead>
              <tbody className="font-mono text-xs">
                {command.headers.map((h, i) => (
                  <tr key={i} className="border-t border-zinc-100">
                    <td className="py-1.5 pr-4 align-top">{h.key}</td>
                    <td className="py-1.5 align-top">
                      <HeaderValue h={h} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {command.body && (
          <div>
            <h3 className="mb-1 font-medium text-zinc-800">Body</h3>
            {/* Focusable: it scrolls, and the keyboard must be able to scroll it too. */}
            <pre
              tabIndex={0}
              className="overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 text-xs whitespace-pre-wrap"
            >
              {command.body}
            </pre>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
