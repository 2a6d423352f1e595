// The value matrix: secrets × environments, each cell Set, Missing or Same as <environment>.
// Presentational; the page loads the matrix (digests compared on the server, never values).
import Link from "next/link";
import { Badge, TableFrame } from "@/components/ui";
import type { ValueMatrix } from "@/lib/transfer";

const PLACE: Record<string, string> = { ORGANIZATION: "Organization", PERSONAL: "Personal" };

export function ValueMatrixTable({ matrix }: { matrix: ValueMatrix }) {
  return (
    <TableFrame label="Value matrix">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Value matrix</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-semibold text-zinc-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">
              Secret name
            </th>
            <th scope="col" className="px-3 py-2">
              Storage location
            </th>
            {matrix.environments.map((e) => (
              <th key={e.id} scope="col" className="px-3 py-2">
                {e.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {matrix.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="px-3 py-2 font-mono font-medium text-zinc-900">
                <Link href={`/secrets/${r.id}`} className="hover:underline">
                  {r.name}
                </Link>
              </th>
              <td className="px-3 py-2 text-zinc-600">
                {r.scope === "WORKSPACE" ? `Workspace ${r.workspaceName ?? ""}` : PLACE[r.scope]}
              </td>
              {r.cells.map((c) => (
                <td key={c.environmentId} className="px-3 py-2">
                  {c.state === "missing" ? (
                    <Badge tone="danger">Missing</Badge>
                  ) : c.sameAs ? (
                    <Badge tone="neutral">Same as {c.sameAs}</Badge>
                  ) : (
                    <Badge tone="success">Set</Badge>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
