import type { Metadata } from "next";
import Link from "next/link";
import { getPortalContext } from "@/lib/auth";
import { requireUserActor } from "@/lib/authz";
import { valueMatrix } from "@/lib/transfer";
import { Pagination } from "@/components/data-table/pagination";
import { EmptyState, PageHeader, buttonClasses } from "@/components/ui";
import { CopyValuesButton } from "@/components/transfer/copy-values-button";
import { ValueMatrixFilters } from "@/components/transfer/value-matrix-filters";
import { ValueMatrixTable } from "@/components/transfer/value-matrix-table";
import { applyCopyAction, copyCandidatesAction, previewCopyAction } from "../../transfer/actions";

export const metadata: Metadata = { title: "Value matrix" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ValueMatrixPage({ searchParams }: Props) {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const params = await searchParams;
  const q = first(params.q).slice(0, 128);
  const missingOnly = first(params.missing) === "1";
  const page = Math.max(1, Number.parseInt(first(params.page), 10) || 1);
  const matrix = await valueMatrix(actor, { q: q || undefined, missingOnly, page });
  const hrefFor = (p: number) =>
    `/secrets/matrix?${new URLSearchParams({ ...(q ? { q } : {}), ...(missingOnly ? { missing: "1" } : {}), page: String(p) })}`;
  return (
    <>
      <PageHeader
        title="Value matrix"
        description="Which environments each secret has a value in. Values are compared on the server through keyed hashes, never shown."
        actions={
          <>
            <Link href="/secrets" className={buttonClasses("secondary")}>
              Secrets Manager
            </Link>
            <CopyValuesButton
              orgId={ctx.org.id}
              environments={matrix.environments}
              actions={{ candidates: copyCandidatesAction, preview: previewCopyAction, apply: applyCopyAction }}
            />
          </>
        }
      />
      <ValueMatrixFilters q={q} missingOnly={missingOnly} />
      {matrix.total === 0 ? (
        <EmptyState
          title={q || missingOnly ? "No secrets match" : "No secrets yet"}
          description={missingOnly ? "Every secret you can see has a value in every environment." : undefined}
        />
      ) : (
        <>
          <ValueMatrixTable matrix={matrix} />
          <Pagination page={matrix.page} pageSize={matrix.pageSize} total={matrix.total} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}
