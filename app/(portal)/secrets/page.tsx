import type { Metadata } from "next";
import Link from "next/link";
import { getPortalContext } from "@/lib/auth";
import { requireUserActor } from "@/lib/authz";
import { listSecrets } from "@/lib/secrets";
import { parseSecretListQuery } from "@/lib/secrets/list-query";
import { now } from "@/lib/lifecycle/clock";
import { Pagination } from "@/components/data-table/pagination";
import { EmptyState, PageHeader, buttonClasses } from "@/components/ui";
import { ScopeTabs } from "@/components/secrets/list/scope-tabs";
import { SecretListFilters } from "@/components/secrets/list/secret-list-filters";
import { secretListHref, type ListParams } from "@/components/secrets/list/list-url";
import { toSecretListItem } from "@/components/secrets/list/secret-list-item";
import { SecretsTable } from "@/components/secrets/list/secrets-table";
import { TransferButtons } from "@/components/transfer/transfer-buttons";
import { exportValuesAction, transferOptionsAction } from "../transfer/actions";
import { deletionActions } from "./deletion-actions";
import { scheduleDeletionInfo } from "./schedule-date";

export const metadata: Metadata = { title: "Secrets Manager" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SecretsPage({ searchParams }: Props) {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const query = parseSecretListQuery(await searchParams);
  const at = now();
  const [page, deletion] = await Promise.all([listSecrets(actor, query, at), scheduleDeletionInfo(ctx.org.id, at)]);
  const params: ListParams = query;
  const filtered = Boolean(query.scope || query.workspaceId || query.type || query.status || query.q);
  const nothingYet = page.total === 0 && !filtered;
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
            <TransferButtons orgId={ctx.org.id} actions={{ options: transferOptionsAction, exportValues: exportValuesAction }} />
            {!nothingYet && register}
          </>
        }
      />
      {nothingYet ? (
        <EmptyState
          title="No secrets yet"
          description="Register the API keys, tokens, certificates and passwords your automations use. Values are encrypted and never shown again."
          action={register}
        />
      ) : (
        <>
          <ScopeTabs params={params} />
          <SecretListFilters params={params} workspaces={ctx.workspaces} />
          <div className="mt-4">
            {page.total === 0 ? (
              <EmptyState
                title="No secrets match these filters"
                description="Try another search or clear the filters."
                action={
                  <Link href="/secrets" className={buttonClasses("secondary")}>
                    Clear filters
                  </Link>
                }
              />
            ) : (
              <SecretsTable items={page.rows.map((r) => toSecretListItem(r, at))} params={params} actions={deletionActions} {...deletion} />
            )}
          </div>
          {page.total > 0 && (
            <Pagination page={page.page} pageSize={page.pageSize} total={page.total} hrefFor={(p) => secretListHref(params, { page: p })} />
          )}
        </>
      )}
    </>
  );
}
