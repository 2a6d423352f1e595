// The architecture rules, each shown to refuse a deliberately broken example and to accept the
// tree's own forms. Rule by rule with RuleTester; then through the project's real config
// (eslint.config.mjs), at the paths where `npm run lint` meets them.
import path from "node:path";
import { ESLint, RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { ORG_ROLES, WORKSPACE_ROLES } from "../lib/domain/constants.ts";
import config, { ACTION_TIERS, ROLE_VALUES, ROUTE_EXCEPTIONS } from "../eslint.config.mjs";
import noRoleLiteral from "./no-role-literal.mjs";
import noServerOnlyImport from "./no-server-only-import.mjs";
import routeHandlersUseWrapper from "./route-handlers-use-wrapper.mjs";
import serverActionsUsePipeline from "./server-actions-use-pipeline.mjs";
import { existsSync, readFileSync } from "node:fs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = path.resolve(import.meta.dirname, "..");
const at = (file) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, sourceType: "module" } });

tester.run("server-actions-use-pipeline", serverActionsUsePipeline, {
  valid: [
    `"use server";\nimport { defineAction } from "@/lib/authz";\nexport const a = defineAction(s, async () => 1);`,
    `"use server";\nimport { publicAction } from "@/lib/authz/action";\nexport const a = publicAction(s, async () => 1);`,
    `"use server";\nimport { defineAction } from "@/lib/authz";\nexport type R = string;\nexport const a = defineAction(s, h);`,
    // Not a "use server" file: anything goes.
    `export async function helper() { return 1; }`,
  ],
  invalid: [
    { code: `"use server";\nexport async function steal(id) { return id; }`, errors: [{ messageId: "notPipeline" }] },
    { code: `"use server";\nexport const steal = async (id) => id;`, errors: [{ messageId: "notPipeline" }] },
    // The pipeline's name, but not the pipeline: a local function of that name.
    {
      code: `"use server";\nconst defineAction = (s: unknown, h: unknown) => h;\nexport const a = defineAction(s, async () => 1);`,
      errors: [{ messageId: "notPipeline" }],
    },
    {
      code: `"use server";\nimport { defineAction } from "@/lib/authz";\nexport let a = defineAction(s, h);`,
      errors: [{ messageId: "notPipeline" }],
    },
    { code: `"use server";\nimport { x } from "./y";\nexport { x };`, errors: [{ messageId: "notPipeline" }] },
    { code: `"use server";\nexport * from "./other";`, errors: [{ messageId: "notPipeline" }] },
    { code: `"use server";\nexport default async function a() {}`, errors: [{ messageId: "notPipeline" }] },
    {
      code: `export function Page() { async function act() { "use server"; } return act; }`,
      errors: [{ messageId: "inline" }],
    },
  ],
});

const routeOptions = [
  {
    wrappers: ["withApiAuth", "sessionRoute", "publicRoute"],
    exceptions: { "app/api/skip/route.ts": "a reason of some length" },
  },
];
const routeFile = at("app/(portal)/probe/route.ts");
tester.run("route-handlers-use-wrapper", routeHandlersUseWrapper, {
  valid: [
    {
      filename: routeFile,
      options: routeOptions,
      code: `import { sessionRoute } from "@/lib/authz/session-route";\nexport const GET = sessionRoute(async () => new Response());\nexport const dynamic = "force-dynamic";`,
    },
    {
      filename: at("app/api/v1/x/route.ts"),
      options: routeOptions,
      code: `import { withApiAuth } from "@/lib/authz/route";\nexport const POST = withApiAuth(h, { permission: "read" });`,
    },
    {
      filename: at("app/api/skip/route.ts"),
      options: routeOptions,
      code: `export async function GET() { return new Response(); }`,
    },
    // Not a route file.
    { filename: at("app/(portal)/probe/page.tsx"), options: routeOptions, code: `export async function GET() {}` },
  ],
  invalid: [
    {
      filename: routeFile,
      options: routeOptions,
      code: `export async function GET(req: Request) { return new Response(); }`,
      errors: [{ messageId: "notWrapped" }],
    },
    {
      filename: routeFile,
      options: routeOptions,
      code: `export const POST = async () => new Response();`,
      errors: [{ messageId: "notWrapped" }],
    },
    {
      filename: routeFile,
      options: routeOptions,
      code: `const h = () => new Response();\nexport { h as GET };`,
      errors: [{ messageId: "notWrapped" }],
    },
    {
      filename: routeFile,
      options: routeOptions,
      code: `const sessionRoute = (h: unknown) => h;\nexport const GET = sessionRoute(() => 1);`,
      errors: [{ messageId: "notWrapped" }],
    },
    {
      filename: routeFile,
      options: routeOptions,
      code: `export function helper() {}`,
      errors: [{ messageId: "notAllowed" }],
    },
  ],
});

const roles = [{ roles: ROLE_VALUES }];
tester.run("no-role-literal", noRoleLiteral, {
  valid: [
    { code: `if (isOrgAdmin(role)) x();`, options: roles },
    { code: `const label = "Admin";`, options: roles },
  ],
  invalid: [
    { code: `if (w.role === "ADMIN") x();`, options: roles, errors: [{ messageId: "roleLiteral" }] },
    { code: "const where = { role: { in: [`HOLDER`, 'MANAGER'] } };", options: roles, errors: 2 },
    { code: `type R = "MEMBER";`, options: roles, errors: [{ messageId: "roleLiteral" }] },
  ],
});

const component = at("components/probe/widget.tsx");
tester.run("no-server-only-import", noServerOnlyImport, {
  valid: [
    { filename: component, code: `import type { SecretDetail } from "@/lib/secrets";` },
    { filename: component, code: `import { type SecretDetail } from "@/lib/secrets";` },
    { filename: component, code: `import { SCOPES } from "@/lib/domain/constants";` },
    { filename: component, code: `import { DEFAULT_ORG_ROLE } from "../../lib/authz/permissions";` },
  ],
  invalid: [
    {
      filename: component,
      code: `import { listSecrets } from "@/lib/secrets";`,
      errors: [{ messageId: "serverOnly" }],
    },
    { filename: component, code: `import { db } from "../../lib/db";`, errors: [{ messageId: "serverOnly" }] },
    { filename: component, code: `import "server-only";`, errors: [{ messageId: "serverOnly" }] },
    { filename: component, code: `const m = import("@/lib/authz");`, errors: [{ messageId: "serverOnly" }] },
  ],
});

describe("the project's lint config", () => {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: at("eslint.config.mjs") });
  const problems = async (file, code) => {
    const [result] = await eslint.lintText(code, { filePath: at(file) });
    return result.messages.map((m) => m.ruleId);
  };

  it("is a flat config (an array)", () => {
    expect(Array.isArray(config)).toBe(true);
  });
  it("refuses a new server action written without the pipeline", async () => {
    const code = `"use server";\nimport { db } from "@/lib/secrets";\nexport async function leak(id: string) { return id; }\n`;
    expect(await problems("app/(portal)/probe/actions.ts", code)).toContain("strongroom/server-actions-use-pipeline");
  });
  it("refuses a route handler without a wrapper", async () => {
    const code = `export async function GET() { return new Response("x"); }\n`;
    expect(await problems("app/(portal)/probe/route.ts", code)).toContain("strongroom/route-handlers-use-wrapper");
  });
  it("refuses a component importing lib/db, even by a relative path", async () => {
    expect(
      await problems("components/probe/widget.tsx", `import { db } from "@/lib/db";\nexport const x = db;\n`),
    ).toContain("@typescript-eslint/no-restricted-imports");
    expect(
      await problems("components/probe/widget.tsx", `import { db } from "../../lib/db";\nexport const x = db;\n`),
    ).toContain("@typescript-eslint/no-restricted-imports");
  });
  it("refuses a component importing a server-only domain module's values, not its types", async () => {
    expect(
      await problems(
        "components/probe/widget.tsx",
        `import { listSecrets } from "@/lib/secrets";\nexport const x = listSecrets;\n`,
      ),
    ).toContain("strongroom/no-server-only-import");
    expect(
      await problems(
        "components/probe/widget.tsx",
        `import type { SecretDetail } from "@/lib/secrets";\nexport type X = SecretDetail;\n`,
      ),
    ).toEqual([]);
  });
  it("refuses app/ importing lib/db and lib/ importing app/ or components/", async () => {
    expect(
      await problems("app/(portal)/probe/page.tsx", `import { db } from "@/lib/db";\nexport const x = db;\n`),
    ).toContain("@typescript-eslint/no-restricted-imports");
    expect(
      await problems("lib/probe/x.ts", `import { a } from "../../components/ui";\nexport const x = a;\n`),
    ).toContain("@typescript-eslint/no-restricted-imports");
    expect(
      await problems("lib/probe/x.ts", `import { a } from "@/app/(portal)/layout";\nexport const x = a;\n`),
    ).toContain("@typescript-eslint/no-restricted-imports");
  });
  it("refuses a role literal in app/, components/ and lib/ outside lib/authz, and allows it in lib/authz", async () => {
    const code = `export const admin = (role: string) => role === "MANAGER";\n`;
    expect(await problems("app/(portal)/probe/page.tsx", code)).toContain("strongroom/no-role-literal");
    expect(await problems("components/probe/widget.tsx", code)).toContain("strongroom/no-role-literal");
    expect(await problems("lib/probe/x.ts", code)).toContain("strongroom/no-role-literal");
    expect(await problems("lib/authz/probe.ts", code)).not.toContain("strongroom/no-role-literal");
  });
  it("knows every tier of the action pipeline, and nothing else", () => {
    // The tiers (action.ts) and the form wrapper over them (form-action.ts); `isPipelineAction` is a test, not a tier.
    const source = ["lib/authz/action.ts", "lib/authz/form-action.ts"]
      .map((f) => readFileSync(at(f), "utf8"))
      .join("\n");
    const exported = [...source.matchAll(/^export (?:const|function) (\w+Action)\b/gm)].map((m) => m[1]);
    const tiers = exported.filter((name) => !/^is[A-Z]/.test(name));
    expect([...ACTION_TIERS].sort()).toEqual(tiers.sort());
  });
  it("knows every role of the schema", () => {
    expect([...ROLE_VALUES].sort()).toEqual([...new Set([...ORG_ROLES, ...WORKSPACE_ROLES])].sort());
  });
  it("lists only route exceptions that exist, each with its reason", () => {
    for (const [file, reason] of Object.entries(ROUTE_EXCEPTIONS)) {
      expect(existsSync(at(file)), file).toBe(true);
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});
