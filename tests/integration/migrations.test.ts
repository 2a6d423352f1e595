// The migrations of the database under test (applied from empty by test-integration.mjs)
// produce every table and column the Prisma schema declares: a model change without its
// migration fails here, on SQLite and on PostgreSQL.
import { describe, expect, it } from "vitest";
import { db, databaseKind } from "../../lib/db/index.ts";
import { Prisma } from "../../lib/db/generated/sqlite/client.ts";

async function columnsOf(table: string): Promise<string[]> {
  if (databaseKind() === "sqlite") {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${table}')`);
    return rows.map((r) => r.name);
  }
  const rows = await db.$queryRawUnsafe<{ column_name: string }[]>(
    `SELECT column_name::text AS column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
    table,
  );
  return rows.map((r) => r.column_name);
}

describe("migrations applied from empty", () => {
  const namespace = Prisma as unknown as Record<string, Record<string, string>>;
  for (const model of Object.values(Prisma.ModelName)) {
    it(`create ${model} with every column of the schema`, async () => {
      const expected = Object.values(namespace[`${model}ScalarFieldEnum`] ?? {});
      expect(expected.length).toBeGreaterThan(0);
      const actual = await columnsOf(model);
      expect(actual.sort()).toEqual([...expected].sort());
    });
  }
});
