import type { Metadata } from "next";
import Link from "next/link";
import { requireUserActor } from "@/lib/authz";
import { env } from "@/lib/env";
import { linksPointElsewhere } from "@/lib/http/public-url.mjs";
import { requestOrigin } from "@/lib/members/base-url";
import { listOutbox } from "@/lib/notifications";
import { EmptyState, buttonClasses } from "@/components/ui";
import { OutboxList } from "@/components/notifications/outbox-list";
import { requireSettingsSection } from "../require-section";

export const metadata: Metadata = { title: "Outbox messages" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const ctx = await requireSettingsSection("/settings/outbox");
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const result = await listOutbox(actor, { page });
  const smtp = Boolean(env().SMTP_URL);
  const publicUrl = env().NEXTAUTH_URL;
  const origin = await requestOrigin();
  const linkBase = (publicUrl ?? origin ?? "").replace(/\/+$/, "");
  return (
    <div className="space-y-4">
      <div className="max-w-2xl text-sm text-zinc-600">
        <h2 className="text-lg font-semibold text-zinc-900">Outbox</h2>
        <p className="mt-1">
          {smtp
            ? "Every e-mail the organization's notifications produce. Mail is sent through the configured SMTP server; failed sends are retried with increasing delays."
            : "SMTP is not configured (SMTP_URL), so e-mail is not sent: it is kept here for administrators to read."}
        </p>
        <p className="mt-1">
          Links in these messages (invitations, reminders) point to <span className="font-mono">{linkBase}</span>
          {publicUrl ? " (NEXTAUTH_URL)." : ", the address of the request that sent them (NEXTAUTH_URL is not set)."}
        </p>
        {linksPointElsewhere(publicUrl, origin) && (
          <p role="note" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
            You are using the portal at <span className="font-mono">{origin}</span>, but these links point to{" "}
            <span className="font-mono">{linkBase}</span>. Set NEXTAUTH_URL to the address people use to reach the
            portal.
          </p>
        )}
      </div>
      {result.items.length === 0 ? (
        <EmptyState
          title="The outbox is empty"
          description="Reminders about deletions and expiration dates appear here as e-mails."
        />
      ) : (
        <OutboxList items={result.items} />
      )}
      {result.pageCount > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm text-zinc-600">
          <span>
            Page {result.page} of {result.pageCount}
          </span>
          <span className="flex gap-2">
            {result.page > 1 && (
              <Link className={buttonClasses("secondary", "sm")} href={`/settings/outbox?page=${result.page - 1}`}>
                Previous
              </Link>
            )}
            {result.page < result.pageCount && (
              <Link className={buttonClasses("secondary", "sm")} href={`/settings/outbox?page=${result.page + 1}`}>
                Next
              </Link>
            )}
          </span>
        </nav>
      )}
    </div>
  );
}
