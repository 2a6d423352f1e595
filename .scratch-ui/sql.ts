import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/db/generated/sqlite/client.ts";
async function main() {
  const file = process.argv[2]!;
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }), log: [{ emit: "event", level: "query" }] });
  (globalThis as any).strongroomDb = client;
  client.$on("query", (e: any) => console.log("SQL", e.duration, "ms", e.query, e.params));
  const { requireUserActor } = await import("../lib/authz/index.ts");
  const { listSecrets } = await import("../lib/secrets/index.ts");
  const { parseSecretListQuery } = await import("../lib/secrets/list-query.ts");
  const org = await client.organization.findFirst({ where: { slug: { startsWith: "bench" } } });
  const holderM = await client.membership.findFirst({ where: { orgId: org!.id, role: "HOLDER" }, include: { user: true } });
  const actor = await requireUserActor(holderM!.user, org!.id);
  await listSecrets(actor, parseSecretListQuery(JSON.parse(process.argv[3] ?? "{}")));
}
main();
