// The organization's API tokens: prefix, reach, permissions, dates and status. Never a token.
import type { ApiTokenRow } from "@/lib/api-tokens";
import { Badge, TableFrame, type BadgeTone } from "@/components/ui";
import { RevokeTokenButton } from "./revoke-token-button";
import { PERMISSION_LABELS, type RevokeTokenAction } from "./types";
import { isoDay } from "@/lib/time/days";

const day = (d: Date | null) => (d ? isoDay(d) : "—");
const when = (d: Date | null) => (d ? `${d.toISOString().slice(0, 16).replace("T", " ")} UTC` : "Never");
const TONES: Record<ApiTokenRow["status"], BadgeTone> = { Active: "success", Expired: "warning", Revoked: "neutral" };

export function TokenTable({ tokens, revoke }: { tokens: ApiTokenRow[]; revoke: RevokeTokenAction }) {
  return (
    <TableFrame label="API tokens">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-semibold text-zinc-600 uppercase">
          <tr>
            {["Name", "Prefix", "Reach", "Permissions", "Environments", "Created", "Last used", "Expires", "Status", ""].map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2">{h || <span className="sr-only">Actions</span>}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {tokens.map((t) => (
            <tr key={t.id}>
              <td className="px-3 py-2 font-medium text-zinc-900">{t.name}</td>
              <td className="px-3 py-2 font-mono text-xs">sr_{t.prefix}_…</td>
              <td className="px-3 py-2">{t.workspaceName ? `Workspace ${t.workspaceName}` : "Entire organization"}</td>
              <td className="px-3 py-2">{t.permissions.map((p) => PERMISSION_LABELS[p as keyof typeof PERMISSION_LABELS] ?? p).join(", ")}</td>
              <td className="px-3 py-2">{t.environmentNames.length ? t.environmentNames.join(", ") : "All"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{day(t.createdAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{when(t.lastUsedAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{t.expiresAt ? day(t.expiresAt) : "Never"}</td>
              <td className="px-3 py-2"><Badge tone={TONES[t.status]}>{t.status}</Badge></td>
              <td className="px-3 py-2 text-right">{t.status !== "Revoked" && <RevokeTokenButton tokenId={t.id} name={t.name} revoke={revoke} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
