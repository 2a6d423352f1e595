// npm run audit:verify — walks every audit chain and reports the first broken link of each.
// Exit code 0 when every chain verifies, 1 otherwise. (No top-level await: tsx runs this as CommonJS.)
import { db } from "../lib/db/index.ts";
import { verifyAuditChains } from "../lib/audit/verify.ts";

async function main() {
  const report = await verifyAuditChains(db);
  console.log(`Checked ${report.records} audit record(s) in ${report.chains} chain(s).`);
  if (report.breaks.length === 0) console.log("Every chain is intact.");
  for (const b of report.breaks) console.error(`BROKEN: chain ${b.chain}, record ${b.seq}: ${b.reason}`);
  await db.$disconnect();
  return report.breaks.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error("audit:verify failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
