import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { hasOrgPermission, requireUserActor } from "@/lib/authz";
import { environmentValueCounts, listEnvironments } from "@/lib/environments";
import { EmptyState } from "@/components/ui";
import { EnvironmentsPanel } from "@/components/admin/environments/environments-panel";
import { applyCopyAction, copyCandidatesAction, previewCopyAction } from "../../transfer/actions";
import { createEnvironmentAction, deleteEnvironmentAction, moveEnvironmentAction, renameEnvironmentAction } from "./actions";

export const metadata: Metadata = { title: "Environments" };

export default async function EnvironmentsPage() {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  if (!hasOrgPermission(actor.role, "environments.manage")) return <EmptyState title="Only Account Holders manage environments." />;
  const [environments, counts] = await Promise.all([listEnvironments(ctx.org.id), environmentValueCounts(ctx.org.id)]);
  return (
    <EnvironmentsPanel
      orgId={ctx.org.id}
      environments={environments.map((e) => ({ ...e, secrets: counts.get(e.id) ?? 0 }))}
      actions={{
        create: createEnvironmentAction,
        rename: renameEnvironmentAction,
        move: moveEnvironmentAction,
        remove: deleteEnvironmentAction,
        copy: { candidates: copyCandidatesAction, preview: previewCopyAction, apply: applyCopyAction },
      }}
    />
  );
}
