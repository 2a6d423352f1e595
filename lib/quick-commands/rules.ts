// The sharing rules of PRODUCT.md §5 (seed "Rules and scenarios for Secrets on Remote Quick
// Command"), as pure checks over the secrets a command references. Each message names the
// secret and the header.
import type { CommandVisibility } from "../domain/constants.ts";

export type ReferencedSecret = {
  name: string;
  scope: string;
  workspaceId: string | null;
  type: string;
  header: string;
  field?: string;
  /** Added by this change (creation: every secret; update: those not referenced before). */
  isNew: boolean;
};

/** Secret types a header can send (the picker offers these). */
export const HEADER_TYPES = [
  "API_KEY",
  "BEARER_TOKEN",
  "BASIC_AUTH",
  "CLIENT_CREDENTIALS",
  "KEY_VALUE",
  "JSON_CREDENTIALS",
] as const;
/** Types whose header value is one of their fields, chosen as `field`. */
export const FIELD_TYPES = ["KEY_VALUE", "JSON_CREDENTIALS"] as const;

export function typeProblem(s: ReferencedSecret): string | null {
  if (!(HEADER_TYPES as readonly string[]).includes(s.type)) {
    return `The secret "${s.name}" (header ${s.header}) cannot be sent in a header: choose an API Key, Bearer Token, Basic Auth, Client Credentials, Key/Value or JSON Credentials secret.`;
  }
  if ((FIELD_TYPES as readonly string[]).includes(s.type) && !s.field) {
    return `Choose which field of "${s.name}" the header ${s.header} sends.`;
  }
  return null;
}

/** Rules 2 and 4: who can see the command decides which secrets it may hold. */
export function visibilityProblem(
  visibility: CommandVisibility,
  workspaceId: string | null,
  secrets: ReferencedSecret[],
): string | null {
  if (visibility === "PRIVATE") return null;
  for (const s of secrets) {
    if (s.scope === "PERSONAL") {
      return visibility === "SHARED" && s.isNew
        ? `The secret "${s.name}" (header ${s.header}) is personal: a personal secret cannot be added to a shared command.`
        : `The secret "${s.name}" (header ${s.header}) is personal: a command that uses a personal secret cannot be ${visibility === "SHARED" ? "shared" : "published"}.`;
    }
    if (visibility === "PUBLISHED" && s.scope !== "ORGANIZATION") {
      return `The secret "${s.name}" (header ${s.header}) is a workspace secret: published commands may use only organization secrets.`;
    }
    if (visibility === "SHARED" && s.scope === "WORKSPACE" && s.workspaceId !== workspaceId) {
      return `The secret "${s.name}" (header ${s.header}) belongs to another workspace: its members could not use it.`;
    }
  }
  return null;
}
