import type { Metadata } from "next";
import Link from "next/link";
import { requireUserActor } from "@/lib/authz";
import { listApiTokens } from "@/lib/api-tokens";
import { listEnvironments } from "@/lib/environments";
import { EmptyState } from "@/components/ui";
import { CreateTokenPanel } from "@/components/api-tokens/create-token-panel";
import { TokenTable } from "@/components/api-tokens/token-table";
import { requireSettingsSection } from "../require-section";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const ctx = await requireSettingsSection("/settings/api-tokens");
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const [tokens, environments] = await Promise.all([listApiTokens(actor), listEnvironments(ctx.org.id)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-2xl text-sm text-zinc-600">
          <h2 className="text-lg font-semibold text-zinc-900">API tokens</h2>
          <p className="mt-1">
            Machine clients call the REST API with a token: <code>Authorization: Bearer sr_…</code>. Read the{" "}
            <Link href="/api-docs" className="font-medium text-brand-700 underline">
              API documentation
            </Link>{" "}
            or use the <code>strongroom</code> CLI.
          </p>
        </div>
        <CreateTokenPanel
          orgId={ctx.org.id}
          workspaces={ctx.workspaces.map((w) => ({ id: w.id, name: w.name }))}
          environments={environments}
          action={createApiTokenAction}
        />
      </div>
      {tokens.length === 0 ? (
        <EmptyState
          title="No API tokens yet"
          description="Create a token for each machine client, with only the permissions and environments it needs."
        />
      ) : (
        <TokenTable tokens={tokens} revoke={revokeApiTokenAction} />
      )}
    </div>
  );
}
