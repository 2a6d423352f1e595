// What the Import, Export and Copy values screens submit. Client-safe.
import { z } from "zod";
import { idSchema as id } from "../domain/id.ts";
import { SCOPES } from "../domain/constants.ts";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Largest file accepted by Import (the portal's proxy buffers request bodies up to 10 MB). */
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;
export const IMPORT_MAX_ENTRIES = 20_000;
export const FILE_FORMATS = ["dotenv", "json"] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** A storage location to import into or export from: the organization, one workspace, or your own. */
export const transferScopeSchema = z
  .object({
    orgId: id,
    scope: z.enum(SCOPES, { error: "Choose a storage location." }),
    workspaceId: z.preprocess(emptyToUndefined, id.optional()),
  })
  .superRefine((v, ctx) => {
    if (v.scope === "WORKSPACE" && !v.workspaceId)
      ctx.addIssue({ code: "custom", path: ["workspaceId"], message: "Choose a workspace." });
  });
export type TransferScope = z.output<typeof transferScopeSchema>;

const environmentId = id.or(z.literal("")).refine((v) => v !== "", "Choose an environment.");

export const importRequestSchema = z.object({
  target: transferScopeSchema,
  environmentId,
  format: z.enum(FILE_FORMATS),
  content: z.string().max(IMPORT_MAX_BYTES, "The file is too large: at most 8 MB."),
});
export type ImportRequest = z.output<typeof importRequestSchema>;

export const exportRequestSchema = z.object({
  target: transferScopeSchema,
  environmentId,
  format: z.enum(FILE_FORMATS),
  password: z.string().min(1, "Enter your password to export values.").max(1024, "This password is too long."),
});
export type ExportRequestInput = z.input<typeof exportRequestSchema>;

export const copyPreviewSchema = z
  .object({
    orgId: id,
    fromEnvironmentId: environmentId,
    toEnvironmentId: environmentId,
    secretIds: z.array(id).min(1, "Select at least one secret.").max(1000, "Copy at most 1,000 secrets at a time."),
  })
  .refine((v) => v.fromEnvironmentId !== v.toEnvironmentId, {
    path: ["toEnvironmentId"],
    message: "Choose two different environments.",
  });
export type CopyPreviewInput = z.input<typeof copyPreviewSchema>;

/** Confirming a preview: the secrets' versions as previewed (a change since then is a conflict). */
export const copyApplySchema = z
  .object({
    orgId: id,
    fromEnvironmentId: id,
    toEnvironmentId: id,
    items: z
      .array(z.object({ secretId: id, expectedVersion: z.number().int().min(1) }))
      .min(1, "Nothing to copy.")
      .max(1000),
  })
  .refine((v) => v.fromEnvironmentId !== v.toEnvironmentId, {
    path: ["toEnvironmentId"],
    message: "Choose two different environments.",
  });
export type CopyApplyInput = z.input<typeof copyApplySchema>;

export const copyCandidatesSchema = z.object({
  orgId: id,
  fromEnvironmentId: id,
  q: z.string().trim().max(128).optional(),
});
