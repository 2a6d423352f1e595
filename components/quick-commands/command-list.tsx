// The Quick Commands list: name, request, visibility, owner and the actions each row allows.
import Link from "next/link";
import { Badge, TableFrame } from "@/components/ui";
import type { CommandListRow } from "@/lib/quick-commands/views";
import type { DeleteCommandAction, ForkCommandAction } from "./action-types.ts";
import { CommandActions } from "./command-actions.tsx";
import { VisibilityBadge } from "./visibility-badge.tsx";

export function CommandList({
  rows,
  fork,
  remove,
}: {
  rows: CommandListRow[];
  fork: ForkCommandAction;
  remove: DeleteCommandAction;
}) {
  return (
    <TableFrame label="Quick Commands">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Quick Commands</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium text-zinc-600">
          <tr>
            <th scope="col" className="px-4 py-2">
              Name
            </th>
            <th scope="col" className="px-4 py-2">
              Request
            </th>
            <th scope="col" className="px-4 py-2">
              Visibility
            </th>
            <th scope="col" className="px-4 py-2">
              Owner
            </th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="px-4 py-3 align-top">
                <Link href={`/quick-commands/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.name}
                </Link>
                <div className="mt-1 flex gap-1">
                  {r.secretCount > 0 && (
                    <Badge>
                      {r.secretCount} secret{r.secretCount > 1 ? "s" : ""}
                    </Badge>
                  )}
                  {r.needsSecret && <Badge tone="warning">Needs a secret</Badge>}
                </div>
              </td>
              <td className="max-w-md px-4 py-3 align-top font-mono text-xs break-all text-zinc-700">
                <span className="font-semibold">{r.method}</span> {r.endpoint}
              </td>
              <td className="px-4 py-3 align-top">
                <VisibilityBadge visibility={r.visibility} workspaceName={r.workspaceName} />
              </td>
              <td className="px-4 py-3 align-top text-zinc-700">{r.isOwner ? "You" : r.ownerName}</td>
              <td className="px-4 py-3 align-top">
                <CommandActions command={r} fork={fork} remove={remove} showRun size="sm" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
