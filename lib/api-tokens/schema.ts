// What "Create token" submits: one schema for the form (zodResolver) and the server action.
// Client-safe.
import { z } from "zod";
import { idSchema as id } from "../domain/id.ts";
import { API_TOKEN_PERMISSIONS } from "../domain/constants.ts";
import { requiredText } from "../domain/text.ts";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
/** A group of checkboxes gives `false` when none is ticked, a string when one is. */
const checkboxList = (v: unknown) => (v === false || v == null ? [] : typeof v === "string" ? [v] : v);

export const TOKEN_NAME_MAX_LENGTH = 100;

export const CHOOSE_ENVIRONMENTS_MESSAGE = "Choose the environments this token may use, or All environments.";
export const ALL_OR_SOME_MESSAGE = "Choose either All environments or single environments, not both.";

/**
 * The environments are an explicit choice: some of them (`environmentIds`), or every one, also
 * those added later (`allEnvironments`). Nothing chosen is refused rather than read as "all".
 */
export const createApiTokenSchema = z
  .object({
    orgId: id,
    name: requiredText("Name", TOKEN_NAME_MAX_LENGTH),
    workspaceId: z.preprocess(emptyToUndefined, id.optional()),
    environmentIds: z.preprocess(checkboxList, z.array(id).max(50)),
    allEnvironments: z.boolean().default(false),
    permissions: z.preprocess(
      checkboxList,
      z.array(z.enum(API_TOKEN_PERMISSIONS)).min(1, "Choose at least one permission."),
    ),
    /** A day (YYYY-MM-DD): the token stops working at 00:00 UTC of that day. Empty: never expires. */
    expiresAt: z.preprocess(
      emptyToUndefined,
      z.iso
        .date("Enter the expiry as a date (YYYY-MM-DD).")
        .refine((d) => new Date(d).getTime() > Date.now(), "The expiry date must be in the future.")
        .optional(),
    ),
  })
  .superRefine((v, ctx) => {
    const chosen = v.environmentIds.length > 0;
    if (chosen === v.allEnvironments) {
      const message = chosen ? ALL_OR_SOME_MESSAGE : CHOOSE_ENVIRONMENTS_MESSAGE;
      ctx.addIssue({ code: "custom", path: ["environmentIds"], message });
    }
  });

export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
export type CreateApiTokenData = z.output<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: id });
