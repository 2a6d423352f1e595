// Shared fixtures for the crypto tests.
import { randomBytes } from "node:crypto";
import type { ValueContext } from "./aad.ts";
import { LocalKeyProvider } from "./local-key-provider.ts";
import { parseMasterKeys } from "./master-keys.ts";

export const masterKey = () => randomBytes(32).toString("base64");

export function providerWith(
  ids: string[],
  currentId?: string,
  material: Record<string, string> = {},
): LocalKeyProvider {
  const spec = ids.map((id) => `${id}:${material[id] ?? masterKey()}`).join(",");
  return new LocalKeyProvider(parseMasterKeys(spec, currentId));
}

export const ctxA: ValueContext = { orgId: "org_1", secretId: "sec_A", version: 1, environmentId: "env_prod" };
