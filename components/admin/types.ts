import type { ActionResult } from "@/lib/authz/action";

/** A server action as the admin screens receive it (passed down from the page). */
export type Action<I, O = unknown> = (input: I) => Promise<ActionResult<O>>;

export type MemberOption = { userId: string; name: string; email: string };
