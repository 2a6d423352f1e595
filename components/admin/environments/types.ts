import type { CreateEnvironmentInput, RenameEnvironmentInput } from "@/lib/environments/schema";
import type { CopyActions } from "@/components/transfer/copy-types";
import type { Action } from "../types";

export type EnvironmentView = { id: string; name: string; slug: string; secrets: number };

export type EnvironmentActions = {
  create: Action<CreateEnvironmentInput>;
  rename: Action<RenameEnvironmentInput>;
  move: Action<{ environmentId: string; direction: "up" | "down" }>;
  remove: Action<{ environmentId: string }>;
  copy: CopyActions;
};
