// What the Environments screen submits. Client-safe.
import { z } from "zod";
import { idSchema as id } from "../domain/id.ts";
import { requiredText } from "../domain/text.ts";

export const ENVIRONMENT_NAME_MAX_LENGTH = 60;
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const SLUG_ADVICE = "Lowercase letters, digits and '-', e.g. live. Machine clients name the environment by it.";

const name = requiredText("Name", ENVIRONMENT_NAME_MAX_LENGTH);
const slug = z.string().trim().regex(SLUG_PATTERN, SLUG_ADVICE);

/** "Test Live 2" → "test-live-2" (the default slug of a new environment). */
export function slugFromName(value: string): string {
  return value
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

export const createEnvironmentSchema = z
  .object({ orgId: id, name, slug: z.string().trim().optional() })
  .transform((v) => ({ ...v, slug: v.slug || slugFromName(v.name) }))
  .pipe(z.object({ orgId: id, name, slug }));
export const renameEnvironmentSchema = z.object({ environmentId: id, name, slug });
export const moveEnvironmentSchema = z.object({ environmentId: id, direction: z.enum(["up", "down"]) });
export const environmentRefSchema = z.object({ environmentId: id });

export type CreateEnvironmentInput = z.input<typeof createEnvironmentSchema>;
export type RenameEnvironmentInput = z.input<typeof renameEnvironmentSchema>;
