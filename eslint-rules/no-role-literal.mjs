// Role rules live in the permission table (lib/authz): outside it, no code names a role.
// A role literal elsewhere — `role === "ADMIN"`, `role: { in: ["HOLDER", "MANAGER"] }` — is a
// role rule the table does not know about. Ask lib/authz/permissions.ts a named question instead.
// The role values are the schema's enums (prisma/schema.base.prisma, lib/domain/constants.ts);
// the config passes them, and a test checks the list against ORG_ROLES and WORKSPACE_ROLES.

export default {
  meta: {
    type: "problem",
    docs: { description: "no organization or workspace role literal outside lib/authz" },
    schema: [
      {
        type: "object",
        properties: { roles: { type: "array", items: { type: "string" }, minItems: 1 } },
        required: ["roles"],
        additionalProperties: false,
      },
    ],
    messages: {
      roleLiteral:
        'Role literal "{{role}}" outside lib/authz: ask the permission table (lib/authz/permissions.ts) a named question instead.',
    },
  },
  create(context) {
    const roles = new Set(context.options[0].roles);
    const check = (node, value) => {
      if (typeof value === "string" && roles.has(value))
        context.report({ node, messageId: "roleLiteral", data: { role: value } });
    };
    return {
      Literal: (node) => check(node, node.value),
      TemplateLiteral: (node) => {
        if (node.expressions.length === 0) check(node, node.quasis[0]?.value.cooked);
      },
    };
  },
};
