// ESLint (flat config): correctness rules, and the architecture as rules (README, "Enforced by
// the build"). No stylistic rules: formatting is not linted. `npm run lint` = eslint + tsc.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import strongroom from "./eslint-rules/index.mjs";

// The roles of prisma/schema.base.prisma (OrgRole, WorkspaceRole); eslint-rules/rules.test.mjs
// checks this list against lib/domain/constants.ts.
export const ROLE_VALUES = ["HOLDER", "MANAGER", "MEMBER", "ADMIN"];

// Route handlers that do not go through a pipeline wrapper, each with the reason.
export const ROUTE_EXCEPTIONS = {
  "app/api/auth/[...nextauth]/route.ts":
    "next-auth's own handler: it establishes the session (sign-in, callbacks, CSRF) that the wrappers check.",
  "app/api/test/clock/route.ts":
    "QA test hook: answers 404 unless STRONGROOM_TEST_HOOKS=1 (never in demo or production); no user data.",
  "app/api/test/sweep/route.ts":
    "QA test hook: answers 404 unless STRONGROOM_TEST_HOOKS=1 (never in demo or production); no user data.",
};

// The action pipeline's tiers (lib/authz/action.ts).
export const ACTION_TIERS = [
  // formAction wraps an action made by one of the others (it refuses anything else).
  "formAction",
  "publicAction",
  "defineAction",
  "organizationAction",
  "secretAction",
  "commandAction",
  "workspaceAction",
  "spotAction",
  "environmentAction",
  "tokenAction",
  "invitationAction",
];

const importBoundary = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports });
const LIB_DB = "^(@/|(\\.\\./)+)lib/db(/|$)";
const APP_OR_COMPONENTS = "^(@/|(\\.\\./)+)(app|components)(/|$)";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      "data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      ".scratch*/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { strongroom },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Names and header values refuse control characters on purpose.
      "no-control-regex": "off",
      "strongroom/server-actions-use-pipeline": ["error", { pipelines: ACTION_TIERS }],
      "strongroom/route-handlers-use-wrapper": [
        "error",
        { wrappers: ["withApiAuth", "sessionRoute", "publicRoute"], exceptions: ROUTE_EXCEPTIONS },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The architecture: data flows route/action → lib/<domain> → lib/db, never back.
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [importBoundary(APP_OR_COMPONENTS, "lib/ never imports app/ or components/ (data flows one way).")],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [importBoundary(LIB_DB, "app/ never imports lib/db: call the lib/<domain> modules.")] },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [importBoundary(LIB_DB, "components/ never import lib/db (types only).", true)] },
      ],
      "strongroom/no-server-only-import": "error",
    },
  },
  // Role rules belong to the permission table. Exempt: lib/authz itself; the enum's definition
  // (lib/domain/constants.ts, mirroring the schema); seed data, which says who is what; tests,
  // which state the rules they check.
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    ignores: [
      "lib/authz/**",
      "lib/domain/constants.ts",
      "lib/seed/**",
      "tests/**",
      "e2e/**",
      "**/*.test.ts",
      "eslint.config.mjs",
      "eslint-rules/**",
    ],
    rules: { "strongroom/no-role-literal": ["error", { roles: ROLE_VALUES }] },
  },
);
