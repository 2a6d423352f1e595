import type { ActionResult } from "@/lib/authz/action";
import type { ChangeNameInput, ChangePasswordInput, EndSessionInput } from "@/lib/account/schema";

export type ChangeNameAction = (input: ChangeNameInput) => Promise<ActionResult<{ name: string }>>;
export type ChangePasswordAction = (input: ChangePasswordInput) => Promise<ActionResult<{ sessionsEnded: number }>>;
export type EndSessionAction = (input: EndSessionInput) => Promise<ActionResult<{ handle: string }>>;
