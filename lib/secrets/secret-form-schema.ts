// What registering or updating a secret submits: the secret-level fields plus the credential
// (type, its non-secret fields and one payload per environment). One schema for the wizard,
// the server action and the API; the server adds the checks that need node:crypto.
import { z } from "zod";
import { idSchema as id } from "../domain/id.ts";
import { AVAILABILITIES, SCOPES } from "../domain/constants.ts";
import { safeText } from "../domain/text.ts";
import { credentialInputSchema, credentialUpdateInputSchema } from "./credential-types/index.ts";
import { DESCRIPTION_MAX_LENGTH, descriptionSchema, expirationDateSchema, secretNameSchema } from "./secret-input.ts";

export const registerSecretSchema = z
  .object({
    orgId: id,
    scope: z.enum(SCOPES, { error: "Choose a storage location." }),
    workspaceId: id.optional(),
    availability: z.enum(AVAILABILITIES).optional(),
    spotIds: z.array(id).max(100).optional(),
    name: secretNameSchema,
    description: descriptionSchema,
    expiresAt: expirationDateSchema,
    credential: credentialInputSchema,
  })
  .superRefine((v, ctx) => {
    if (v.scope === "WORKSPACE" && !v.workspaceId) {
      ctx.addIssue({ code: "custom", path: ["workspaceId"], message: "Choose a workspace." });
    }
    if (v.scope === "ORGANIZATION" && v.availability === "SPOTS" && !v.spotIds?.length) {
      ctx.addIssue({ code: "custom", path: ["spotIds"], message: "Choose at least one Spot." });
    }
  });

export type RegisterSecretInput = z.input<typeof registerSecretSchema>;
export type RegisterSecretData = z.output<typeof registerSecretSchema>;

export const updateSecretSchema = z.object({
  secretId: id,
  /** The version the edit was based on; a newer version on the server means a conflict. */
  expectedVersion: z.number().int().min(1),
  /** Absent: unchanged; "" or null: cleared. */
  description: z
    .string()
    .trim()
    .max(DESCRIPTION_MAX_LENGTH, `Description is too long: at most ${DESCRIPTION_MAX_LENGTH} characters.`)
    .superRefine(safeText("Description", { multiline: true }))
    .nullable()
    .optional(),
  /** Absent: unchanged; "" or null: cleared. */
  expiresAt: z.union([z.null(), z.literal(""), expirationDateSchema.pipe(z.date())]).optional(),
  availability: z.enum(AVAILABILITIES).optional(),
  spotIds: z.array(id).max(100).optional(),
  /** Same shape as on registration; environments left out of `values` keep their value. */
  credential: credentialUpdateInputSchema.optional(),
});

export type UpdateSecretInput = z.input<typeof updateSecretSchema>;
export type UpdateSecretData = z.output<typeof updateSecretSchema>;
