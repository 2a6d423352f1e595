import type { FormSubmit } from "@/lib/authz/form-state";
import type { Action } from "../types";

export type SpotView = { id: string; name: string; secretCount: number; members: { userId: string; name: string; email: string }[] };

export type SpotActions = {
  /** Form actions (FormData: orgId, name / spotId, name / spotId, userId). */
  create: FormSubmit;
  rename: FormSubmit;
  remove: Action<{ spotId: string }>;
  addMember: FormSubmit;
  removeMember: Action<{ spotId: string; userId: string }>;
};
