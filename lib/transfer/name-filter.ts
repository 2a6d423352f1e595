import "server-only";
import { databaseKind, type Prisma } from "../db/index.ts";

/** Case-insensitive "name contains" on both databases (SQLite's LIKE already ignores ASCII case). */
export function nameContains(q: string | undefined): Prisma.SecretWhereInput {
  if (!q) return {};
  return {
    name: { contains: q, ...(databaseKind() === "postgres" ? { mode: "insensitive" } : {}) },
  } as Prisma.SecretWhereInput;
}
