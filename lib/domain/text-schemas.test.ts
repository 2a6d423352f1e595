// Every schema of a name or description uses the one text rule (lib/domain/text.ts): NUL, BEL,
// C1 controls and bidirectional controls are refused with the field's own message.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createApiTokenSchema } from "../api-tokens/schema.ts";
import { resolveRequestSchema } from "../api/schemas.ts";
import { createEnvironmentSchema, renameEnvironmentSchema } from "../environments/schema.ts";
import { acceptInvitationSchema } from "../members/schema.ts";
import { commandFormSchema } from "../quick-commands/schema.ts";
import { credentialInputSchema } from "../secrets/credential-types/index.ts";
import { registerSecretSchema, updateSecretSchema } from "../secrets/secret-form-schema.ts";
import { createSpotSchema, renameSpotSchema } from "../groups/schema.ts";
import { createWorkspaceSchema, renameWorkspaceSchema } from "../groups/schema.ts";

const HOSTILE = {
  NUL: "a\u0000b",
  BEL: "a\u0007b",
  C1: "a\u0085b",
  RLO: "invoice\u202Efdp.exe",
  LRI: "a\u2066b",
  RLM: "a\u200Fb",
  ALM: "a\u061Cb",
};

/** The messages of the issues at `path` when `value` is put into `base` at that path. */
function messages(schema: z.ZodType, base: Record<string, unknown>, path: string[], value: string): string[] {
  const input = structuredClone(base);
  let at: Record<string, unknown> = input;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1)!] = value;
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.filter((i) => i.path.join(".") === path.join(".")).map((i) => i.message);
}

const cases: [string, z.ZodType, Record<string, unknown>, string[], string][] = [
  [
    "secret description (register)",
    registerSecretSchema,
    {
      orgId: "o1",
      scope: "PERSONAL",
      name: "n",
      credential: { type: "API_KEY", headerName: "X", values: { e1: { value: "v" } } },
    },
    ["description"],
    "Description",
  ],
  [
    "secret description (edit)",
    updateSecretSchema,
    { secretId: "s1", expectedVersion: 1 },
    ["description"],
    "Description",
  ],
  ["workspace name", createWorkspaceSchema, { orgId: "o1" }, ["name"], "Name"],
  ["workspace rename", renameWorkspaceSchema, { workspaceId: "w1" }, ["name"], "Name"],
  ["Spot name", createSpotSchema, { orgId: "o1" }, ["name"], "Name"],
  ["Spot rename", renameSpotSchema, { spotId: "s1" }, ["name"], "Name"],
  ["environment name", createEnvironmentSchema, { orgId: "o1", slug: "x" }, ["name"], "Name"],
  ["environment rename", renameEnvironmentSchema, { environmentId: "e1", slug: "x" }, ["name"], "Name"],
  [
    "Quick Command name",
    commandFormSchema,
    { method: "GET", endpoint: "https://example.com", headers: [], visibility: "PRIVATE" },
    ["name"],
    "Name",
  ],
  [
    "API token name",
    createApiTokenSchema,
    { orgId: "o1", environmentIds: [], allEnvironments: true, permissions: ["read"] },
    ["name"],
    "Name",
  ],
  [
    "member name",
    acceptInvitationSchema,
    { token: "t".repeat(20), password: "p".repeat(12), confirmPassword: "p".repeat(12) },
    ["name"],
    "Name",
  ],
  [
    "credential username",
    credentialInputSchema,
    { type: "BASIC_AUTH", values: { e1: { password: "p" } } },
    ["username"],
    "Username",
  ],
  [
    "resolve consumer name",
    resolveRequestSchema,
    { environment: "production", consumer: { kind: "AGENT" } },
    ["consumer", "name"],
    "Consumer name",
  ],
];

describe.each(cases)("%s", (_, schema, base, path, label) => {
  it("accepts plain text and refuses control and bidi characters with a clear message", () => {
    expect(messages(schema, base, path, "Payments — Équipe 2")).toEqual([]);
    expect(messages(schema, base, path, HOSTILE.NUL)).toEqual([
      `${label} cannot contain control characters (it has U+0000).`,
    ]);
    expect(messages(schema, base, path, HOSTILE.BEL)).toEqual([
      `${label} cannot contain control characters (it has U+0007).`,
    ]);
    expect(messages(schema, base, path, HOSTILE.C1)).toEqual([
      `${label} cannot contain control characters (it has U+0085).`,
    ]);
    for (const [v, cp] of [
      [HOSTILE.RLO, "202E"],
      [HOSTILE.LRI, "2066"],
      [HOSTILE.RLM, "200F"],
      [HOSTILE.ALM, "061C"],
    ]) {
      expect(messages(schema, base, path, v!)).toEqual([
        `${label} cannot contain invisible text-direction characters (it has U+${cp}).`,
      ]);
    }
  });
});

// Names of workspaces, Spots, environments, API tokens and Quick Commands are one rule
// (requiredText): the same messages when missing, not text, blank or too long.
const names: [string, z.ZodType, Record<string, unknown>, number][] = [
  ["workspace", createWorkspaceSchema, { orgId: "o1" }, 100],
  ["Spot", createSpotSchema, { orgId: "o1" }, 100],
  ["environment", renameEnvironmentSchema, { environmentId: "e1", slug: "x" }, 60],
  [
    "API token",
    createApiTokenSchema,
    { orgId: "o1", environmentIds: [], allEnvironments: true, permissions: ["read"] },
    100,
  ],
  [
    "Quick Command",
    commandFormSchema,
    { method: "GET", endpoint: "https://example.com", headers: [], visibility: "PRIVATE" },
    100,
  ],
];

describe.each(names)("%s name", (_, schema, base, max) => {
  const issues = (name: unknown) => {
    const result = schema.safeParse(name === undefined ? base : { ...base, name });
    return result.success ? [] : result.error.issues.filter((i) => i.path.join(".") === "name").map((i) => i.message);
  };
  it("says what is wrong with a missing, non-text, blank or too long name", () => {
    expect(issues(undefined)).toEqual(["Name is required."]);
    expect(issues(null)).toEqual(["Name is required."]);
    expect(issues(42)).toEqual(["Name must be text."]);
    expect(issues("   ")).toEqual(["Name is required."]);
    expect(issues("n".repeat(max + 1))).toEqual([`Name is too long: at most ${max} characters.`]);
    expect(issues(`  ${"n".repeat(max)}  `)).toEqual([]);
  });
});
