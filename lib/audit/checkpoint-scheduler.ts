// The timed checkpoints inside the server: every STRONGROOM_AUDIT_CHECKPOINT_MINUTES, each
// chain that moved gets a checkpoint and the export file catches up. Once per process, which
// also exports each checkpoint soon after its commit (a long-lived process: checkpoint-export.ts).
import "server-only";
import { db } from "../db/index.ts";
import { checkpointMovedChains } from "./checkpoint-now.ts";
import { exportCheckpoints, exportCheckpointsAfterCommit } from "./checkpoint-export.ts";
import { auditConfig } from "./config.ts";

const KEY = Symbol.for("strongroom.audit.checkpoints");
const g = globalThis as unknown as { [KEY]?: NodeJS.Timeout };

async function tick() {
  const { signer, checkpointFile } = auditConfig();
  try {
    if (signer) await checkpointMovedChains(db);
    if (checkpointFile) await exportCheckpoints(db, checkpointFile);
  } catch (e) {
    console.error(`Audit checkpoint failed: ${(e as Error).message}`);
  }
}

export function startAuditCheckpointScheduler(): void {
  if (g[KEY]) return;
  exportCheckpointsAfterCommit();
  const { signer, minutes } = auditConfig(); // warns when the log is not anchored
  if (!signer || minutes <= 0) return;
  g[KEY] = setInterval(() => void tick(), minutes * 60_000);
  g[KEY].unref();
}
