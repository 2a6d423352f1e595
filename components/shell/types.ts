/** What the portal's context actions return (app/(portal)/context-actions.ts). */
export type SwitchResult = { ok: true } | { ok: false; error: string };
export type SwitchAction = (id: string | null) => Promise<SwitchResult>;
/** "Sign out everywhere" (app/(portal)/context-actions.ts): ends every session of the user. */
export type SignOutEverywhere = (input: undefined) => Promise<unknown>;
