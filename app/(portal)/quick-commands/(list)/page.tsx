import type { Metadata } from "next";
import Link from "next/link";
import { getPortalContext } from "@/lib/auth";
import { hasOrgPermission, requireUserActor } from "@/lib/authz";
import { listCommands } from "@/lib/quick-commands";
import { EmptyState, PageHeader, buttonClasses } from "@/components/ui";
import { CommandList } from "@/components/quick-commands/command-list";
import { ListBody, ListTransition } from "@/components/data-table/list-transition";
import { WorkspaceContextNotice } from "@/components/shell/workspace-context-notice";
import { ALL_WORKSPACES } from "@/lib/domain/constants";
import { deleteCommandAction, forkCommandAction } from "../actions";

export const metadata: Metadata = { title: "Quick Commands" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuickCommandsPage({ searchParams }: Props) {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  // The workspace chosen in the top bar hides commands shared with other workspaces, unless the
  // URL asks for all of them (workspaceId=all, as on the Secrets Manager list).
  const raw = (await searchParams).workspaceId;
  const showAll = (Array.isArray(raw) ? raw[0] : raw) === ALL_WORKSPACES;
  const current = ctx.workspace;
  const narrowed = Boolean(current && !showAll);
  const rows = await listCommands(actor, { currentWorkspaceId: narrowed ? current?.id : null });
  const nothingYet = rows.length === 0 && (!narrowed || (await listCommands(actor, { take: 1 })).length === 0);
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
        actions={!nothingYet && create}
      />
      <ListTransition>
        {current && !nothingYet && (
          <WorkspaceContextNotice
            workspaceName={current.name}
            showingAll={!narrowed}
            toggleHref={narrowed ? `/quick-commands?workspaceId=${ALL_WORKSPACES}` : "/quick-commands"}
            hidden="commands shared with other workspaces"
          />
        )}
        {nothingYet ? (
          <EmptyState
            title="No quick commands yet"
            description="Save a request — method, endpoint, headers and body — and choose secrets for its headers with the Secret button. Share it with a workspace or publish it to the organization."
            action={create}
          />
        ) : (
          <ListBody>
            {rows.length === 0 ? (
              <EmptyState
                title="No quick commands in this workspace"
                description="Commands shared with other workspaces are hidden while this workspace is selected."
              />
            ) : (
              <CommandList rows={rows} fork={forkCommandAction} remove={deleteCommandAction} />
            )}
          </ListBody>
        )}
      </ListTransition>
    </>
  );
}
