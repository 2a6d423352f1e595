// What the portal shows of a command: metadata and header rows, never a value. Client-safe types.
import type { CommandAction } from "../authz/command-permissions.ts";
import type { CommandVisibility } from "../domain/constants.ts";

/** A header whose secret a fork did not copy, and why: rule 3 (personal), or deleted since. */
export type DroppedHeader = { key: string; reason: "personal" | "deleted" };

export type SecretHeaderState = "ok" | "needs-secret" | "deleted" | "unavailable";

export type HeaderView =
  | { kind: "text"; key: string; value: string }
  | {
      kind: "secret";
      key: string;
      secretId: string | null;
      /** Null for someone else's personal secret (its name is theirs alone) or a dropped one. */
      secretName: string | null;
      field?: string;
      scope: string | null;
      type: string | null;
      state: SecretHeaderState;
    };

export type CommandDetail = {
  id: string;
  orgId: string;
  name: string;
  method: string;
  endpoint: string;
  body: string;
  visibility: CommandVisibility;
  workspace: { id: string; name: string } | null;
  owner: { id: string; name: string };
  isOwner: boolean;
  forkedFromId: string | null;
  version: number;
  updatedAt: Date;
  actions: CommandAction[];
  headers: HeaderView[];
  /** Run-time inputs the endpoint, body and text headers ask for. */
  inputs: string[];
};

export type CommandListRow = {
  id: string;
  name: string;
  method: string;
  endpoint: string;
  visibility: CommandVisibility;
  workspaceName: string | null;
  ownerName: string;
  isOwner: boolean;
  secretCount: number;
  needsSecret: boolean;
  actions: CommandAction[];
  updatedAt: Date;
};

export type RunResult = {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  bodyNote: string | null;
  truncated: boolean;
  redirects: number;
  durationMs: number;
  environmentName: string;
};
