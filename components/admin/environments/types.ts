import type { FormSubmit } from "@/lib/authz/form-state";
import type { CopyActions } from "@/components/transfer/copy-types";
import type { Action } from "../types";

export type EnvironmentView = { id: string; name: string; slug: string; secrets: number };

export type EnvironmentActions = {
  /** Form actions (FormData: orgId, name, slug / environmentId, name, slug). */
  create: FormSubmit;
  rename: FormSubmit;
  move: Action<{ environmentId: string; direction: "up" | "down" }>;
  remove: Action<{ environmentId: string }>;
  copy: CopyActions;
};
