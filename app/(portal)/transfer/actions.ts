"use server";
// Export (a value reveal: password re-entry, audited in lib/transfer), the choices the Import
// and Export dialogs offer, and Copy values (authorized per secret), through the one action
// pipeline. Import itself is the streamed route ./import/route.ts.
import { z } from "zod";
import { idSchema } from "@/lib/domain/id";
import { defineAction, organizationAction, requireUserActor } from "@/lib/authz";
import { listWorkspaces } from "@/lib/auth";
import { listEnvironments } from "@/lib/environments";
import { revalidatePath } from "next/cache";
import { applyCopy, copyCandidates, exportValues, previewCopy, transferScopeOptions } from "@/lib/transfer";
import { copyApplySchema, copyCandidatesSchema, copyPreviewSchema, exportRequestSchema } from "@/lib/transfer/schema";

const optionsSchema = z.object({ orgId: idSchema, kind: z.enum(["import", "export"]) });

export const transferOptionsAction = organizationAction(optionsSchema, async ({ orgId, kind }, { actor }) => {
  const [workspaces, environments] = await Promise.all([
    listWorkspaces(actor.userId, orgId, actor.role),
    listEnvironments(orgId),
  ]);
  return {
    scopes: transferScopeOptions(actor, workspaces, kind),
    environments: environments.map((e) => ({ id: e.id, name: e.name })),
  };
});

export const exportValuesAction = defineAction(exportRequestSchema, async (input, ctx) => {
  const actor = await requireUserActor(ctx.user, input.target.orgId);
  const file = await exportValues(actor, input, { request: ctx.request });
  return {
    filename: file.filename,
    mimeType: file.mimeType,
    content: file.content,
    secrets: file.secrets,
    variables: file.variables,
    skipped: file.skipped,
  };
});

export const copyCandidatesAction = organizationAction(copyCandidatesSchema, async (input, { actor }) =>
  copyCandidates(actor, input),
);

export const previewCopyAction = organizationAction(copyPreviewSchema, async (input, { actor }) =>
  previewCopy(actor, input),
);

export const applyCopyAction = organizationAction(copyApplySchema, async (input, { actor, request }) => {
  const results = await applyCopy(actor, input, { request });
  revalidatePath("/secrets", "layout");
  revalidatePath("/settings/environments");
  return results;
});
