// Usage declarations (PRODUCT.md §4): shared by the API and the portal.
import { z } from "zod";
import { CONSUMER_KINDS } from "../domain/constants.ts";
import { checkLinkHref } from "./link-href.ts";

export const declareUsageSchema = z.object({
  consumerKind: z.enum(CONSUMER_KINDS, { error: "Choose a consumer kind." }),
  consumerName: z
    .string()
    .trim()
    .min(1, "Consumer name is required.")
    .max(200, "Consumer name is too long: at most 200 characters."),
  consumerUrl: z
    .string()
    .trim()
    .max(2000, "Consumer URL is too long.")
    .superRefine((v, ctx) => {
      const checked = checkLinkHref(v);
      if ("problem" in checked) ctx.addIssue({ code: "custom", message: checked.problem });
    })
    .optional()
    .describe("An http(s) URL (no user name or password) or a path in the portal starting with a single /"),
  location: z
    .string()
    .trim()
    .min(1, 'Say where in the consumer the secret is used, e.g. "header Authorization".')
    .max(200),
});

export type DeclareUsageInput = z.input<typeof declareUsageSchema>;
export type DeclareUsageData = z.output<typeof declareUsageSchema>;
