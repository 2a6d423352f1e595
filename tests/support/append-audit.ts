// Another process appending to an organization's audit chain through the raw driver, as the
// resolver process does: `tsx --conditions=react-server append-audit.ts <orgId> <count>...`
// (one transaction per count). Used by tests/integration/audit-chain.test.ts.
import { recordAuditBatch } from "../../lib/audit/index.ts";
import { db, driverOf } from "../../lib/db/index.ts";

async function main() {
  const [orgId, ...counts] = process.argv.slice(2);
  await Promise.all(
    counts.map((n) =>
      driverOf(db).transaction((sql) =>
        recordAuditBatch(
          Array.from({ length: Number(n) }, () => ({ orgId: orgId!, actor: { type: "SYSTEM" as const, label: "other" }, action: "secret.view", outcome: "SUCCESS" as const })),
          sql,
        ),
      ),
    ),
  );
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
