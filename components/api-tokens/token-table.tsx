// The organization's API tokens: name and prefix, access (reach and environments), permissions,
// dates and status. Never a token. Eight columns whose long cells wrap, so that the table fits
// its card at 1280 px (a narrower screen scrolls the frame).
import type { ApiTokenRow } from "@/lib/api-tokens";
import { Badge, TableFrame, type BadgeTone } from "@/components/ui";
import { RevokeTokenButton } from "./revoke-token-button";
import { PERMISSION_SHORT_LABELS as SHORT, type RevokeTokenAction } from "./types";
import { isoDay } from "@/lib/time/days";

const day = (d: Date | null) => (d ? isoDay(d) : "—");
const time = (d: Date) => `${d.toISOString().slice(11, 16)} UTC`;
const TONES: Record<ApiTokenRow["status"], BadgeTone> = { Active: "success", Expired: "warning", Revoked: "neutral" };
const HEADERS = ["Name", "Access", "Permissions", "Created", "Last used", "Expires", "Status", ""];

export function TokenTable({ tokens, revoke }: { tokens: ApiTokenRow[]; revoke: RevokeTokenAction }) {
  return (
    <TableFrame label="API tokens">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-semibold text-zinc-600 uppercase">
          <tr>
            {HEADERS.map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2 whitespace-nowrap">
                {h || <span className="sr-only">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 align-top">
          {tokens.map((t) => (
            <tr key={t.id}>
              <td className="px-3 py-2">
                <span className="block font-medium break-words text-zinc-900">{t.name}</span>
                <span className="font-mono text-xs text-zinc-500">sr_{t.prefix}_…</span>
              </td>
              <td className="px-3 py-2">
                <span className="block">
                  {t.workspaceName ? `Workspace ${t.workspaceName}` : "Entire organization"}
                </span>
                <span className="text-xs text-zinc-600">
                  {t.environmentNames.length ? t.environmentNames.join(", ") : "All environments"}
                </span>
              </td>
              <td className="px-3 py-2">{t.permissions.map((p) => SHORT[p as keyof typeof SHORT] ?? p).join(", ")}</td>
              <td className="px-3 py-2 whitespace-nowrap">{day(t.createdAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {t.lastUsedAt ? (
                  <>
                    <span className="block">{day(t.lastUsedAt)}</span>
                    <span className="text-xs text-zinc-600">{time(t.lastUsedAt)}</span>
                  </>
                ) : (
                  "Never"
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{t.expiresAt ? day(t.expiresAt) : "Never"}</td>
              <td className="px-3 py-2">
                <Badge tone={TONES[t.status]}>{t.status}</Badge>
              </td>
              <td className="px-3 py-2 text-right">
                {t.status !== "Revoked" && <RevokeTokenButton tokenId={t.id} name={t.name} revoke={revoke} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
