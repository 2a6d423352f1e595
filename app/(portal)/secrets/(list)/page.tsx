import type { Metadata } from "next";
import Link from "next/link";
import { getPortalContext } from "@/lib/auth";
import { requireUserActor } from "@/lib/authz";
import { listSecrets } from "@/lib/secrets";
import { parseSecretListQuery, workspaceFilter } from "@/lib/secrets/list-query";
import { ALL_WORKSPACES } from "@/lib/domain/constants";
import { now } from "@/lib/lifecycle/clock";
import { Pagination } from "@/components/data-table/pagination";
import { ListBody, ListTransition } from "@/components/data-table/list-transition";
import { EmptyState, PageHeader, buttonClasses } from "@/components/ui";
import { ScopeTabs } from "@/components/secrets/list/scope-tabs";
import { SecretListFilters } from "@/components/secrets/list/secret-list-filters";
import { secretListHref, type ListParams } from "@/components/secrets/list/list-url";
import { toSecretListItem } from "@/components/secrets/list/secret-list-item";
import { SecretsTable } from "@/components/secrets/list/secrets-table";
import { TransferButtons } from "@/components/transfer/transfer-buttons";
import { WorkspaceContextNotice } from "@/components/shell/workspace-context-notice";
import { exportValuesAction, transferOptionsAction } from "../../transfer/actions";
import { deletionActions } from "../deletion-actions";
import { scheduleDeletionInfo } from "../schedule-date";

export const metadata: Metadata = { title: "Secrets Manager" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SecretsPage({ searchParams }: Props) {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const query = parseSecretListQuery(await searchParams);
  const at = now();
  // The workspace chosen in the top bar narrows the list unless the URL says otherwise.
  const current = ctx.workspace;
  const byWorkspace = workspaceFilter(query, current?.id ?? null);
  const [page, deletion] = await Promise.all([
    listSecrets(actor, query, at, { currentWorkspaceId: current?.id }),
    scheduleDeletionInfo(ctx.org.id, at),
  ]);
  const params: ListParams = query;
  const filtered = Boolean(
    query.scope || (query.workspaceId && query.workspaceId !== ALL_WORKSPACES) || query.type || query.status || query.q,
  );
  const narrowedByTopBar = byWorkspace.kind !== "all" && byWorkspace.fromTopBar;
  // "No secrets yet" only when there is none at all, also outside the chosen workspace.
  const nothingYet =
    page.total === 0 &&
    !filtered &&
    (!narrowedByTopBar || (await listSecrets(actor, { ...query, pageSize: 10 }, at)).total === 0);
  const showingAllWorkspaces =
    current && query.workspaceId === ALL_WORKSPACES && query.scope !== "ORGANIZATION" && query.scope !== "PERSONAL";
  // Always in the header, so that its buttons keep their places once secrets exist.
  const register = (
    <Link href="/secrets/new" className={buttonClasses("primary")}>
      Register secret
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Secrets Manager"
        description="The credentials your automations use: encrypted, with their status and expiry at a glance."
        actions={
          <>
            <Link href="/secrets/where-used" className={buttonClasses("secondary")}>
              Where used
            </Link>
            <TransferButtons
              orgId={ctx.org.id}
              currentWorkspaceId={current?.id}
              actions={{ options: transferOptionsAction, exportValues: exportValuesAction }}
            />
            {register}
          </>
        }
      />
      {nothingYet ? (
        <EmptyState
          title="No secrets yet"
          description="Register the API keys, tokens, certificates and passwords your automations use with Register secret above. Values are encrypted and never shown again."
        />
      ) : (
        <ListTransition>
          {current && (narrowedByTopBar || showingAllWorkspaces) && (
            <WorkspaceContextNotice
              workspaceName={current.name}
              showingAll={!narrowedByTopBar}
              toggleHref={secretListHref(params, { workspaceId: narrowedByTopBar ? ALL_WORKSPACES : undefined })}
              hidden="secrets of other workspaces"
            />
          )}
          <ScopeTabs params={params} />
          <SecretListFilters
            params={params}
            workspaces={ctx.workspaces}
            workspaceChoice={{
              selected: byWorkspace.kind === "only" ? byWorkspace.workspaceId : current ? ALL_WORKSPACES : "",
              all: current ? ALL_WORKSPACES : "",
            }}
          />
          <ListBody className="mt-4">
            {page.total === 0 ? (
              <EmptyState
                title="No secrets match these filters"
                description="Try another search or clear the filters."
                action={
                  <Link
                    href={narrowedByTopBar ? secretListHref({}, { workspaceId: ALL_WORKSPACES }) : "/secrets"}
                    className={buttonClasses("secondary")}
                  >
                    Clear filters
                  </Link>
                }
              />
            ) : (
              <SecretsTable
                items={page.rows.map((r) => toSecretListItem(r, at))}
                params={params}
                actions={deletionActions}
                {...deletion}
              />
            )}
          </ListBody>
          {page.total > 0 && (
            <Pagination
              page={page.page}
              pageSize={page.pageSize}
              total={page.total}
              hrefFor={(p) => secretListHref(params, { page: p })}
            />
          )}
        </ListTransition>
      )}
    </>
  );
}
