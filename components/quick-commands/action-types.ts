// The server actions the Quick Command widgets call, as pages pass them in (props): widgets
// stay presentational and never import from app/.
import type { ActionResult } from "@/lib/authz/action";
import type { Scope } from "@/lib/domain/constants";
import type { CreateCommandInput, RunCommandInput, UpdateCommandInput } from "@/lib/quick-commands/schema";
import type { DroppedHeader, RunResult } from "@/lib/quick-commands/views";

export type ServerAction<I, O> = (input: I) => Promise<ActionResult<O>>;

export type PickableSecret = {
  id: string;
  name: string;
  type: string;
  scope: string;
  workspaceName: string | null;
  suggestedHeader: string;
};

export type CreateCommandAction = ServerAction<CreateCommandInput, { id: string; name: string }>;
export type UpdateCommandAction = ServerAction<UpdateCommandInput, { id: string; version: number }>;
export type ForkCommandAction = ServerAction<
  { commandId: string },
  { id: string; name: string; dropped: DroppedHeader[] }
>;
export type DeleteCommandAction = ServerAction<{ commandId: string }, { deleted: true }>;
export type RunCommandAction = ServerAction<RunCommandInput, RunResult>;
export type PickerSecretsAction = ServerAction<{ orgId: string; scope: Scope; type: string }, PickableSecret[]>;
export type TokenTestAction = ServerAction<
  { secretId: string; environmentId: string },
  { environmentName: string; tokenType: string; scopes: string[]; expiresAt: string | null }
>;
