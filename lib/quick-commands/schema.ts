// One schema for the Quick Command form (zodResolver) and the server actions. Pure and
// client-safe. Header rows are plain text or a Secret chosen with the picker; a secret row
// carries only the secret's id (its name is filled in by the server) — never a value.
import { z } from "zod";
import { idSchema as id } from "../domain/id.ts";
import { COMMAND_VISIBILITIES } from "../domain/constants.ts";
import { requiredText } from "../domain/text.ts";
import { headerNameProblem } from "../secrets/credential-types/fields.ts";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const NAME_MAX = 100;
export const ENDPOINT_MAX = 2000;
export const BODY_MAX = 256 * 1024;
export const HEADERS_MAX = 50;

/** Headers the server sets itself or that would change how the connection works. */
const RESERVED_HEADERS = new Set([
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "upgrade",
  "keep-alive",
  "te",
  "trailer",
  "expect",
]);

export const headerKeySchema = z
  .string({ error: "Key is required." })
  .trim()
  .min(1, "Key is required.")
  .max(100, "Key is too long: at most 100 characters.")
  .superRefine((v, ctx) => {
    const problem = v && headerNameProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem.replace("Header name", "Key") });
    else if (RESERVED_HEADERS.has(v.toLowerCase()) || v.toLowerCase().startsWith("proxy-")) {
      ctx.addIssue({ code: "custom", message: `The ${v} header is set by Strongroom and cannot be changed.` });
    }
  });

export const headerRowSchema = z.object({
  kind: z.enum(["text", "secret"]),
  key: headerKeySchema,
  value: z
    .string()
    .max(8192, "Value is too long: at most 8,192 characters.")
    .refine((v) => !/[\r\n\0]/.test(v), "Value cannot contain line breaks.")
    .optional(),
  /** A secret row: the chosen secret. Absent on a row that still needs one (after a fork). */
  secretId: id.optional(),
  /** Shown in the form only; the server stores the name it reads from the secret itself. */
  secretName: z.string().max(200).optional(),
  /** Key/Value and JSON Credentials: which field the header sends. */
  field: z.string().trim().max(256).optional(),
});
export type HeaderRowInput = z.input<typeof headerRowSchema>;
export type HeaderRow = z.output<typeof headerRowSchema>;

function endpointProblem(v: string): string | null {
  if (!/^https?:\/\//i.test(v)) return "Endpoint must start with https:// or http://.";
  try {
    const url = new URL(v.replace(/\{[^{}]*\}/g, "x"));
    if (url.username || url.password)
      return "Endpoint cannot contain a user name or password; send credentials in a header with a secret.";
  } catch {
    return "Endpoint must be a full URL, e.g. https://api.github.com/repos/{owner}/{repo}/issues.";
  }
  return null;
}

export const commandFormSchema = z
  .object({
    name: requiredText("Name", NAME_MAX),
    method: z.enum(HTTP_METHODS, { error: "Choose a method." }),
    endpoint: z
      .string({ error: "Endpoint is required." })
      .trim()
      .min(1, "Endpoint is required.")
      .max(ENDPOINT_MAX, "Endpoint is too long.")
      .superRefine((v, ctx) => {
        const problem = v && endpointProblem(v);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    headers: z.array(headerRowSchema).max(HEADERS_MAX, `At most ${HEADERS_MAX} headers.`),
    body: z.string().max(BODY_MAX, "Body is too long: at most 256 KiB.").optional(),
    visibility: z.enum(COMMAND_VISIBILITIES, { error: "Choose a visibility." }),
    workspaceId: z.string().max(64).optional(),
  })
  .superRefine((v, ctx) => {
    const seen = new Map<string, number>();
    v.headers.forEach((h, i) => {
      const k = h.key.toLowerCase();
      if (seen.has(k))
        ctx.addIssue({ code: "custom", path: ["headers", i, "key"], message: `The ${h.key} header appears twice.` });
      seen.set(k, i);
    });
    if (v.visibility === "SHARED" && !v.workspaceId)
      ctx.addIssue({ code: "custom", path: ["workspaceId"], message: "Choose the workspace to share it with." });
    if (v.method === "HEAD" && v.body)
      ctx.addIssue({ code: "custom", path: ["body"], message: "A HEAD request cannot have a body." });
  });

export type CommandFormInput = z.input<typeof commandFormSchema>;
export type CommandFormData = z.output<typeof commandFormSchema>;

export const createCommandSchema = z.object({ orgId: id, command: commandFormSchema });
export const updateCommandSchema = z.object({
  commandId: id,
  expectedVersion: z.number().int().min(1),
  command: commandFormSchema,
});
export const commandIdSchema = z.object({ commandId: id });
export const runCommandSchema = z.object({
  commandId: id,
  environmentId: id,
  inputs: z
    .record(z.string().max(256), z.string().max(2000, "An input is too long: at most 2,000 characters."))
    .default({}),
});

export type CreateCommandInput = z.input<typeof createCommandSchema>;
export type UpdateCommandInput = z.input<typeof updateCommandSchema>;
export type RunCommandInput = z.input<typeof runCommandSchema>;
