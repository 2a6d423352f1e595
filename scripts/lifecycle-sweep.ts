// npm run lifecycle:sweep — runs one lifecycle sweep now (the same job the server runs on its
// interval), then sends due outbox mail when SMTP is configured, and prints what it did.
// Safe to run at any time, also beside running servers: due rows are claimed, reminders are
// idempotent. Exit code 1 when the sweep fails (run it again: it completes the work).
import { db } from "../lib/db/index.ts";
import { runSweep } from "../lib/lifecycle/sweep.ts";
import { deliverOutbox } from "../lib/notifications/deliver.ts";

async function main() {
  const report = await runSweep();
  console.log(`Lifecycle sweep at ${report.now} (${report.durationMs} ms):`);
  console.log(
    `  inactive ${report.inactivated}, expired ${report.expired}, deleted ${report.deleted}, restored ${report.restored}, tombstones purged ${report.purged}`,
  );
  console.log(`  reminders: deletion ${report.deletionReminders}, expiry ${report.expiryReminders}`);
  const mail = await deliverOutbox();
  console.log(
    mail.configured
      ? `  mail: sent ${mail.sent}, failed ${mail.failed} (retried later)`
      : "  mail: SMTP_URL not set; mail stays in the outbox (Settings → Outbox)",
  );
}

main()
  .then(() => db.$disconnect())
  .catch(async (e: unknown) => {
    console.error("Lifecycle sweep failed:", e instanceof Error ? `${e.name}: ${e.message}` : e);
    await db.$disconnect();
    process.exit(1);
  });
