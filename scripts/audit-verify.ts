// npm run audit:verify — walks every audit chain and reports the first broken link of each.
// Exit code 0 when every chain verifies, 1 otherwise.
import { db } from "../lib/db/index.ts";
import { verifyAuditChains } from "../lib/audit/verify.ts";

const report = await verifyAuditChains(db);
console.log(`Checked ${report.records} audit record(s) in ${report.chains} chain(s).`);
if (report.breaks.length === 0) {
  console.log("Every chain is intact.");
} else {
  for (const b of report.breaks) console.error(`BROKEN: chain ${b.chain}, record ${b.seq}: ${b.reason}`);
}
await db.$disconnect();
process.exit(report.breaks.length === 0 ? 0 : 1);
