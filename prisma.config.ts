// Prisma CLI configuration (the application never loads this file; lib/db builds its own
// client). Prisma's native engines cannot be downloaded on our machines, so the CLI runs the
// JavaScript schema engine through driver adapters. Run the CLI through scripts/prisma.mjs.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

process.env.DATABASE_URL ||= "file:./data/strongroom.db";
const url = process.env.DATABASE_URL;
const provider = process.env.STRONGROOM_PRISMA_PROVIDER ?? (url.startsWith("file:") ? "sqlite" : "postgres");

// Workaround A (https://github.com/prisma/prisma/issues/27403): the js schema engine cannot
// deserialize PostgreSQL catalog types (name, regproc, ...). Report them as text / text[].
const CATALOG_TEXT_OIDS = new Set([18, 19, 24, 194, 1033, 2205, 2206, 4089]);
const CATALOG_ARRAY_OIDS = new Set([1002, 1003]);
function patchCatalogTypes(pool: pg.Pool) {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  (pool as unknown as { query: unknown }).query = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = 25;
      if (CATALOG_ARRAY_OIDS.has(field.dataTypeID)) field.dataTypeID = 1009;
    }
    return result;
  };
  return pool;
}

function sqliteFile(u: string) {
  const p = u.replace(/^file:/, "").split("?")[0] ?? "";
  return path.isAbsolute(p) ? p : path.join(process.cwd(), p);
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  async adapter() {
    if (provider === "sqlite") return new PrismaBetterSQLite3({ url: `file:${sqliteFile(url)}` });
    // Workaround B: discrete connection fields, or the shadow database would be the real one.
    const u = new URL(url);
    const pool = new pg.Pool({
      host: decodeURIComponent(u.hostname) || "localhost",
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username) || undefined,
      password: decodeURIComponent(u.password) || undefined,
      database: u.pathname.slice(1),
    });
    return new PrismaPg(patchCatalogTypes(pool));
  },
});
