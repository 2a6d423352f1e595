import type { ActionResult } from "@/lib/authz/action";
import type { ExportRequestInput } from "@/lib/transfer/schema";

export type ScopeChoice = {
  value: string;
  label: string;
  scope: "ORGANIZATION" | "WORKSPACE" | "PERSONAL";
  workspaceId?: string;
};
export type TransferOptions = { scopes: ScopeChoice[]; environments: { id: string; name: string }[] };
export type ExportedFile = {
  filename: string;
  mimeType: string;
  content: string;
  secrets: number;
  variables: number;
  skipped: string[];
};

export type TransferActions = {
  options: (input: { orgId: string; kind: "import" | "export" }) => Promise<ActionResult<TransferOptions>>;
  exportValues: (input: ExportRequestInput) => Promise<ActionResult<ExportedFile>>;
};

export type ImportPreviewView = {
  environmentName: string;
  counts: { new: number; changed: number; unchanged: number; invalid: number };
  names: {
    new: { line: number | null; name: string }[];
    changed: { line: number | null; name: string }[];
    unchanged: { line: number | null; name: string }[];
  };
  invalid: { line: number | null; message: string }[];
};
export type ImportResultView = {
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  environmentName: string;
  ms: number;
};
export type ImportProgressView = { phase: "checking" | "encrypting" | "writing"; done: number; total: number };
