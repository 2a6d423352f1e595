// What the pipeline rules share: which local names were imported from lib/authz, and whether an
// expression is a call of one of the pipeline's functions.

const AUTHZ_SOURCE = /^(@\/|(\.\.\/)+)lib\/authz(\/[\w.-]+)?$/;

export function isAuthzSource(source) {
  return typeof source === "string" && AUTHZ_SOURCE.test(source);
}

/** Collects `import { name as local } from "<lib/authz...>"`: local name → imported name. */
export function authzImports(program) {
  const names = new Map();
  for (const node of program.body) {
    if (node.type !== "ImportDeclaration" || !isAuthzSource(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type === "ImportSpecifier" && s.importKind !== "type")
        names.set(s.local.name, s.imported.name ?? s.imported.value);
    }
  }
  return names;
}

/** True when `expr` is `f(...)` with f one of `allowed`, imported from lib/authz. */
export function isPipelineCall(expr, imports, allowed) {
  if (!expr || expr.type !== "CallExpression" || expr.callee.type !== "Identifier") return false;
  const imported = imports.get(expr.callee.name);
  return imported !== undefined && allowed.includes(imported);
}

/** The file's path relative to the working directory, with forward slashes. */
export function relativePath(context) {
  const file = context.filename.replaceAll("\\", "/");
  const cwd = context.cwd.replaceAll("\\", "/").replace(/\/$/, "");
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}
