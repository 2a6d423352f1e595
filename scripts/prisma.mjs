// Prisma CLI entry point for both databases.
//  - Writes prisma/sqlite/schema.prisma and prisma/postgres/schema.prisma from
//    prisma/schema.base.prisma (models identical, datasource and generator differ).
//  - `generate` generates both clients; every other command runs against the database that
//    DATABASE_URL names, with the matching schema and migrations (see prisma.config.ts).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { loadProjectEnv, root, isSqliteUrl } from "./project-env.mjs";

export const PROVIDERS = ["sqlite", "postgres"];

export function renderSchema(provider) {
  const base = readFileSync(path.join(root, "prisma/schema.base.prisma"), "utf8");
  const header = `// GENERATED from prisma/schema.base.prisma by scripts/prisma.mjs — do not edit.

generator client {
  provider   = "prisma-client"
  engineType = "client"
  output     = "../../lib/db/generated/${provider}"
}

datasource db {
  provider = "${provider === "sqlite" ? "sqlite" : "postgresql"}"
  url      = env("DATABASE_URL")
}

`;
  return header + base;
}

export function writeSchemas() {
  for (const provider of PROVIDERS) {
    const dir = path.join(root, "prisma", provider);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "schema.prisma"), renderSchema(provider));
  }
}

function prisma(args, env) {
  const bin = path.join(root, "node_modules/.bin/prisma");
  const r = spawnSync(bin, args, { stdio: "inherit", cwd: root, env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = loadProjectEnv();
  writeSchemas();
  const args = process.argv.slice(2);
  if (args[0] === "generate") {
    for (const provider of PROVIDERS) {
      prisma(["generate", "--schema", `prisma/${provider}/schema.prisma`], {
        ...env,
        // generate never connects; the URL only has to have the right shape.
        DATABASE_URL: provider === "sqlite" ? "file:./data/generate.db" : "postgresql://localhost/generate",
        STRONGROOM_PRISMA_PROVIDER: provider,
      });
    }
  } else {
    const provider = isSqliteUrl(env.DATABASE_URL) ? "sqlite" : "postgres";
    prisma(args, { ...env, STRONGROOM_PRISMA_PROVIDER: provider });
  }
}
