// Every route handler under app/ (app/**/route.ts) is produced by a route wrapper of the
// pipeline — withApiAuth for /api/v1, sessionRoute / publicRoute for the portal's routes — so
// none can skip authentication or the error answer. The only exceptions are listed, each with
// its reason, in the rule's options (eslint.config.mjs).
import { authzImports, isPipelineCall, relativePath } from "./pipeline-imports.mjs";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
// Route segment config (https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config).
const SEGMENT_CONFIG = new Set([
  "dynamic",
  "dynamicParams",
  "revalidate",
  "fetchCache",
  "runtime",
  "preferredRegion",
  "maxDuration",
]);
const ROUTE_FILE = /(^|\/)app\/(.+\/)?route\.(ts|tsx|js|mjs)$/;

export default {
  meta: {
    type: "problem",
    docs: { description: "every route handler under app/ goes through a route wrapper of the pipeline" },
    schema: [
      {
        type: "object",
        properties: {
          wrappers: { type: "array", items: { type: "string" } },
          exceptions: { type: "object", additionalProperties: { type: "string", minLength: 10 } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      notWrapped:
        "Route handler {{name}} must be `export const {{name}} = <wrapper>(...)`, with <wrapper> one of {{wrappers}} " +
        "imported from lib/authz (or be listed, with its reason, in the rule's exceptions).",
      notAllowed: "A route file exports only wrapped handlers and route segment config, not {{name}}.",
    },
  },
  create(context) {
    const path = relativePath(context);
    const { wrappers = ["withApiAuth", "sessionRoute", "publicRoute"], exceptions = {} } = context.options[0] ?? {};
    if (!ROUTE_FILE.test(path) || Object.hasOwn(exceptions, path)) return {};
    const expected = wrappers.join(", ");
    return {
      Program(program) {
        const imports = authzImports(program);
        const check = (node, name, init) => {
          if (METHODS.has(name)) {
            if (!isPipelineCall(init, imports, wrappers))
              context.report({ node, messageId: "notWrapped", data: { name, wrappers: expected } });
          } else if (!SEGMENT_CONFIG.has(name)) {
            context.report({ node, messageId: "notAllowed", data: { name } });
          }
        };
        for (const node of program.body) {
          if (node.type === "ExportAllDeclaration" || node.type === "ExportDefaultDeclaration") {
            context.report({
              node,
              messageId: "notAllowed",
              data: { name: node.type === "ExportAllDeclaration" ? "*" : "default" },
            });
          }
          if (node.type !== "ExportNamedDeclaration" || node.exportKind === "type") continue;
          const decl = node.declaration;
          if (!decl) {
            for (const s of node.specifiers) check(s, s.exported.name ?? s.exported.value, null);
          } else if (decl.type === "VariableDeclaration") {
            for (const d of decl.declarations) check(d, d.id.name ?? "?", decl.kind === "const" ? d.init : null);
          } else if (decl.type !== "TSTypeAliasDeclaration" && decl.type !== "TSInterfaceDeclaration") {
            check(decl, decl.id?.name ?? "?", null);
          }
        }
      },
    };
  },
};
