// npm run audit:checkpoint — signs a checkpoint now for every audit chain that moved since its
// last one (the server does this every STRONGROOM_AUDIT_CHECKPOINT_MINUTES), and brings the
// exported checkpoint file up to date. (No top-level await: tsx runs this as CommonJS.)
import { db } from "../lib/db/index.ts";
import { auditConfig } from "../lib/audit/config.ts";
import { checkpointMovedChains } from "../lib/audit/checkpoint-now.ts";
import { exportCheckpoints } from "../lib/audit/checkpoint-export.ts";

async function main() {
  const written = await checkpointMovedChains(db);
  console.log(
    written.length === 0
      ? "Every chain is checkpointed at its head already."
      : `Wrote ${written.length} checkpoint(s): #${written[0]!.seq}–#${written.at(-1)!.seq}.`,
  );
  const file = auditConfig().checkpointFile;
  if (file) console.log(`Exported ${await exportCheckpoints(db, file)} checkpoint(s) to ${file}.`);
}

main()
  .then(() => (process.exitCode = 0))
  .catch((e: unknown) => {
    console.error("audit:checkpoint failed:", e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
