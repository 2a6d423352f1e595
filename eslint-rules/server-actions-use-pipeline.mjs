// Every export of a "use server" file is a call of the action pipeline (lib/authz/action.ts:
// defineAction, publicAction, or a resource tier), so no server action can skip parsing, the
// session or the generic error answer. Server actions defined inline ("use server" inside a
// function) are refused everywhere: they would bypass the pipeline and this rule.
import { authzImports, isPipelineCall } from "./pipeline-imports.mjs";

const hasUseServer = (body) => body.some((s) => s.type === "ExpressionStatement" && s.directive === "use server");

export default {
  meta: {
    type: "problem",
    docs: { description: "every server action is produced by the action pipeline" },
    schema: [
      {
        type: "object",
        properties: { pipelines: { type: "array", items: { type: "string" } } },
        additionalProperties: false,
      },
    ],
    messages: {
      notPipeline:
        'Export "{{name}}" of a "use server" file must be `export const {{name}} = <pipeline>(schema, handler)`, ' +
        "with <pipeline> one of {{pipelines}} imported from lib/authz (the action pipeline).",
      inline: 'Define server actions in a "use server" file through the action pipeline, not inline.',
    },
  },
  create(context) {
    const pipelines = context.options[0]?.pipelines ?? ["defineAction", "publicAction"];
    const expected = pipelines.join(", ");
    const inline = (node) => {
      if (node.body?.type === "BlockStatement" && hasUseServer(node.body.body))
        context.report({ node, messageId: "inline" });
    };
    return {
      FunctionDeclaration: inline,
      FunctionExpression: inline,
      ArrowFunctionExpression: inline,
      Program(program) {
        if (!hasUseServer(program.body)) return;
        const imports = authzImports(program);
        const report = (node, name) =>
          context.report({ node, messageId: "notPipeline", data: { name, pipelines: expected } });
        for (const node of program.body) {
          if (node.type === "ExportAllDeclaration") report(node, "*");
          if (node.type === "ExportDefaultDeclaration") report(node, "default");
          if (node.type !== "ExportNamedDeclaration" || node.exportKind === "type") continue;
          const decl = node.declaration;
          if (!decl) {
            for (const s of node.specifiers)
              if (s.exportKind !== "type") report(s, s.exported.name ?? s.exported.value);
            continue;
          }
          if (decl.type === "TSTypeAliasDeclaration" || decl.type === "TSInterfaceDeclaration") continue;
          if (decl.type !== "VariableDeclaration" || decl.kind !== "const") {
            report(decl, decl.id?.name ?? decl.declarations?.[0]?.id?.name ?? "?");
            continue;
          }
          for (const d of decl.declarations) {
            if (!isPipelineCall(d.init, imports, pipelines)) report(d, d.id.name ?? "?");
          }
        }
      },
    };
  },
};
