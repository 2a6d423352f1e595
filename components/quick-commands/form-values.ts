// The Quick Command form's values: the schema's input plus what the form shows about a chosen
// secret (its type and storage location). Pure and client-safe.
import type { CommandFormInput, HeaderRowInput } from "@/lib/quick-commands/schema";
import type { CommandDetail } from "@/lib/quick-commands/views";

export type HeaderFormRow = HeaderRowInput & { secretType?: string; secretScope?: string; needsSecret?: boolean };
export type CommandFormValues = Omit<CommandFormInput, "headers" | "body" | "workspaceId"> & {
  headers: HeaderFormRow[];
  body: string;
  workspaceId: string;
};

export const FIELD_TYPES = ["KEY_VALUE", "JSON_CREDENTIALS"];

export function emptyCommand(workspaceId = ""): CommandFormValues {
  return { name: "", method: "GET", endpoint: "", headers: [], body: "", visibility: "PRIVATE", workspaceId };
}

export const emptyHeader = (): HeaderFormRow => ({ kind: "text", key: "", value: "" });

export function commandToForm(c: CommandDetail): CommandFormValues {
  return {
    name: c.name,
    method: c.method as CommandFormValues["method"],
    endpoint: c.endpoint,
    body: c.body,
    visibility: c.visibility,
    workspaceId: c.workspace?.id ?? "",
    headers: c.headers.map((h): HeaderFormRow =>
      h.kind === "text"
        ? { kind: "text", key: h.key, value: h.value }
        : {
            kind: "secret",
            key: h.key,
            secretId: h.secretId ?? undefined,
            secretName: h.secretName ?? undefined,
            field: h.field,
            secretType: h.type ?? undefined,
            secretScope: h.scope ?? undefined,
            needsSecret: h.state === "needs-secret",
          },
    ),
  };
}

/** What the actions receive: the schema's input (display-only fields dropped by the schema). */
export function toCommandInput(v: CommandFormValues): CommandFormInput {
  return {
    ...v,
    body: v.body || undefined,
    workspaceId: v.visibility === "SHARED" ? v.workspaceId || undefined : undefined,
    headers: v.headers.map((h) =>
      h.kind === "text"
        ? { kind: "text", key: h.key, value: h.value ?? "" }
        : { kind: "secret", key: h.key, secretId: h.secretId, secretName: h.secretName, field: h.field || undefined },
    ),
  };
}
