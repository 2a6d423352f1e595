// Another process appending to an organization's audit chain through the raw driver, as the
// resolver process does: `tsx --conditions=react-server append-audit.ts <orgId> <count>...`
// (one transaction per count). Used by tests/integration/audit-chain.test.ts. With
// APPEND_AUDIT_LINGER_MS it then lives on that long after closing its database client, like a
// script that does other work after its database part.
import { recordAuditBatch } from "../../lib/audit/index.ts";
import { db, driverOf } from "../../lib/db/index.ts";

async function main() {
  const [orgId, ...counts] = process.argv.slice(2);
  await Promise.all(
    counts.map((n) =>
      driverOf(db).transaction((sql) =>
        recordAuditBatch(
          Array.from({ length: Number(n) }, () => ({
            orgId: orgId!,
            actor: { type: "SYSTEM" as const, label: "other" },
            action: "secret.view",
            outcome: "SUCCESS" as const,
          })),
          sql,
        ),
      ),
    ),
  );
  await db.$disconnect();
  const linger = Number(process.env.APPEND_AUDIT_LINGER_MS ?? 0);
  if (linger > 0) await new Promise((resolve) => setTimeout(resolve, linger));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
