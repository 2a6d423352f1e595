import type { Metadata } from "next";
import Link from "next/link";
import { getPortalContext } from "@/lib/auth";
import { hasOrgPermission, requireUserActor } from "@/lib/authz";
import { listCommands } from "@/lib/quick-commands";
import { EmptyState, PageHeader, buttonClasses } from "@/components/ui";
import { CommandList } from "@/components/quick-commands/command-list";
import { deleteCommandAction, forkCommandAction } from "./actions";

export const metadata: Metadata = { title: "Quick Commands" };

export default async function QuickCommandsPage() {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const rows = await listCommands(actor);
  const create = hasOrgPermission(actor.role, "commands.create") && (
    <Link href="/quick-commands/new" className={buttonClasses("primary")}>
      New quick command
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Quick Commands"
        description="Saved HTTP requests that use your secrets without revealing them: the server injects the values and shows the response with any echoed secret redacted."
        actions={rows.length > 0 && create}
      />
      {rows.length === 0 ? (
        <EmptyState
          title="No quick commands yet"
          description="Save a request — method, endpoint, headers and body — and choose secrets for its headers with the Secret button. Share it with a workspace or publish it to the organization."
          action={create}
        />
      ) : (
        <CommandList rows={rows} fork={forkCommandAction} remove={deleteCommandAction} />
      )}
    </>
  );
}
