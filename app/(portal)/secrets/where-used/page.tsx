import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { requireUserActor } from "@/lib/authz";
import { searchUsages } from "@/lib/usage";
import { Breadcrumb, Button, Card, CardContent, Input, PageHeader } from "@/components/ui";
import { UsageList } from "@/components/secrets/where-used/usage-list";
import { toUsageItem } from "@/components/secrets/where-used/usage-item";

export const metadata: Metadata = { title: "Where used" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The global usage search: consumers by secret name, or secrets by consumer name or location. */
export default async function WhereUsedPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 128) ?? "";
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const rows = (await searchUsages(actor, q)).map(toUsageItem);
  return (
    <>
      <Breadcrumb href="/secrets" label="Secrets Manager" />
      <PageHeader title="Where used" description="Find every consumer of a secret, or every secret a consumer uses." />
      <Card>
        <CardContent>
          <form role="search" action="/secrets/where-used" className="flex max-w-xl items-end gap-2">
            <div className="flex-1">
              <label htmlFor="usage-q" className="mb-1 block text-sm font-medium text-zinc-800">
                Search by secret, consumer or location
              </label>
              <Input
                id="usage-q"
                name="q"
                type="search"
                defaultValue={q}
                placeholder="e.g. stripe_api_key or Billing sync"
              />
            </div>
            <Button type="submit" variant="secondary">
              Search
            </Button>
          </form>
          <UsageList rows={rows} filtered={q !== ""} showSecret />
          {rows.length === 100 && (
            <p className="mt-2 text-xs text-zinc-500">
              Showing the first 100 matches; refine the search to narrow them down.
            </p>
          )}
        </CardContent>
      </Card>
    </>
  );
}
