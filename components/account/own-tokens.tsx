// The API tokens the signed-in user created that still work, with where they are managed.
import Link from "next/link";
import type { OwnApiToken } from "@/lib/account";

const day = (d: Date | null, none: string) => (d ? d.toISOString().slice(0, 10) : none);

function TokenList({ tokens }: { tokens: OwnApiToken[] }) {
  return (
    <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200" aria-label="Your API tokens">
      {tokens.map((t) => (
        <li key={t.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2 text-sm">
          <span>
            <span className="font-medium text-zinc-900">{t.name}</span>{" "}
            <span className="font-mono text-xs text-zinc-500">sr_{t.prefix}_…</span>
          </span>
          <span className="text-xs text-zinc-600">
            {t.organizationName} · expires {day(t.expiresAt, "never")} · last used {day(t.lastUsedAt, "never")}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function OwnTokens({ tokens, manageHref }: { tokens: OwnApiToken[]; manageHref: string | null }) {
  return (
    <div className="space-y-3">
      {tokens.length === 0 ? (
        <p className="text-sm text-zinc-600">You have no API tokens.</p>
      ) : (
        <TokenList tokens={tokens} />
      )}
      {manageHref && (
        <Link href={manageHref} className="inline-block text-sm font-medium text-brand-700 underline">
          Manage API tokens
        </Link>
      )}
    </div>
  );
}
