/** DATABASE_URL with the embedded SQLite default (same default as scripts/project-env.mjs). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || "file:./data/strongroom.db";
}
