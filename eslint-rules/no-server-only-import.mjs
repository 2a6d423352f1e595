// Components render; they do not fetch or authorize. So a component may take types from the
// server-only domain modules (files with `import "server-only"`), never values. The import is
// resolved like TypeScript does here (`@/` is the project root; .ts, .tsx, index files).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SERVER_ONLY = /^\s*import\s+["']server-only["'];?\s*$/m;
const cache = new Map();

function resolveFile(base) {
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

function isServerOnly(file) {
  if (!cache.has(file)) cache.set(file, SERVER_ONLY.test(readFileSync(file, "utf8")));
  return cache.get(file);
}

export default {
  meta: {
    type: "problem",
    docs: { description: "no value import of a server-only module" },
    schema: [],
    messages: {
      serverOnly: 'Components import only types from server-only modules ("{{source}}"): use `import type`.',
    },
  },
  create(context) {
    const check = (node, source, typeOnly) => {
      if (typeOnly || typeof source !== "string") return;
      if (source === "server-only") return context.report({ node, messageId: "serverOnly", data: { source } });
      let base;
      if (source.startsWith("@/")) base = path.join(context.cwd, source.slice(2));
      else if (source.startsWith(".")) base = path.resolve(path.dirname(context.filename), source);
      else return;
      const file = resolveFile(base);
      if (file && isServerOnly(file)) context.report({ node, messageId: "serverOnly", data: { source } });
    };
    const allTypes = (node) =>
      node.importKind === "type" ||
      node.exportKind === "type" ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));
    return {
      ImportDeclaration: (node) => check(node, node.source.value, allTypes(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, allTypes(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === "type"),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value, false),
    };
  },
};
