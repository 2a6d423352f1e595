import type { ActionResult } from "@/lib/authz/action";
import type { CopyAction } from "@/lib/transfer/copy-view";

export type CopyCandidate = { id: string; name: string; scope: string; workspaceName: string | null };
export type CopyPreviewItem = { secretId: string; name: string; action: CopyAction; expectedVersion: number };
export type CopyResultItem = {
  secretId: string;
  name: string;
  outcome: "copied" | "unchanged" | "failed";
  error?: string;
};

export type CopyActions = {
  candidates: (input: {
    orgId: string;
    fromEnvironmentId: string;
    q?: string;
  }) => Promise<ActionResult<CopyCandidate[]>>;
  preview: (input: {
    orgId: string;
    fromEnvironmentId: string;
    toEnvironmentId: string;
    secretIds: string[];
  }) => Promise<ActionResult<{ items: CopyPreviewItem[]; notFound: number }>>;
  apply: (input: {
    orgId: string;
    fromEnvironmentId: string;
    toEnvironmentId: string;
    items: { secretId: string; expectedVersion: number }[];
  }) => Promise<ActionResult<CopyResultItem[]>>;
};

export type EnvOption = { id: string; name: string };
