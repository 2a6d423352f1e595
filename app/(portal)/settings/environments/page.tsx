import type { Metadata } from "next";
import { environmentValueCounts, listEnvironments } from "@/lib/environments";
import { EnvironmentsPanel } from "@/components/admin/environments/environments-panel";
import { requireSettingsSection } from "../require-section";
import { applyCopyAction, copyCandidatesAction, previewCopyAction } from "../../transfer/actions";
import {
  createEnvironmentAction,
  deleteEnvironmentAction,
  moveEnvironmentAction,
  renameEnvironmentAction,
} from "./actions";

export const metadata: Metadata = { title: "Environments" };

export default async function EnvironmentsPage() {
  const ctx = await requireSettingsSection("/settings/environments");
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
