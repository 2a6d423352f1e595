import type { ActionResult } from "@/lib/authz/action";
import type { CreateApiTokenInput } from "@/lib/api-tokens/schema";

export type CreatedToken = { id: string; name: string; prefix: string; token: string };
export type CreateTokenAction = (input: CreateApiTokenInput) => Promise<ActionResult<CreatedToken>>;
export type RevokeTokenAction = (input: { tokenId: string }) => Promise<ActionResult<{ tokenId: string }>>;
export type Option = { id: string; name: string };

export const PERMISSION_LABELS = {
  read: "Read metadata",
  resolve: "Resolve values",
  write: "Register and update secrets",
} as const;

/** The same permissions in the table, where the long words would widen it past its card. */
export const PERMISSION_SHORT_LABELS = { read: "Read", resolve: "Resolve", write: "Write" } as const;
