// The copy of the checkpoints outside the database: each committed checkpoint appended as one
// JSON line to STRONGROOM_AUDIT_CHECKPOINT_FILE (point it at storage the database's writers
// cannot rewrite: another host's mount, an append-only volume, a log shipper's input). The
// long-lived processes (portal, resolver) export soon after the commit, off the append's
// critical section; every export appends all the file lacks, so the portal's timed export
// catches up on what a failed export or a short-lived process (scripts) left. Several processes
// may append: a checkpoint can then appear twice, identical, which verification accepts.
import "server-only";
import { appendFile, open, readFile } from "node:fs/promises";
import { db, type Db } from "../db/index.ts";
import { checkpointFromJsonLine, checkpointToJsonLine, type Checkpoint } from "./checkpoint-format.ts";
import { auditConfig } from "./config.ts";

const TAIL_BYTES = 64 * 1024;
const PAGE = 1000;

export type CheckpointFile = { checkpoints: Checkpoint[]; invalidLines: number[] };

/** Every checkpoint in the file (in file order) and the numbers of the lines that are not one; null: no file. */
export async function readCheckpointFile(file: string): Promise<CheckpointFile | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  const result: CheckpointFile = { checkpoints: [], invalidLines: [] };
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const c = checkpointFromJsonLine(line);
    if (c) result.checkpoints.push(c);
    else result.invalidLines.push(i + 1);
  });
  return result;
}

/** The highest checkpoint number in the file, read from its end (0: empty or missing). */
async function lastSeqInFile(file: string): Promise<number> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw e;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const { buffer } = await handle.read(Buffer.alloc(length), 0, length, size - length);
    const seqs = buffer
      .toString("utf8")
      .split("\n")
      .map((l) => checkpointFromJsonLine(l)?.seq ?? 0);
    const last = Math.max(0, ...seqs);
    if (last > 0 || size <= TAIL_BYTES) return last;
  } finally {
    await handle.close();
  }
  const all = await readCheckpointFile(file);
  return Math.max(0, ...(all?.checkpoints.map((c) => c.seq) ?? []));
}

let running: Promise<number> = Promise.resolve(0);

/** Appends the database's checkpoints that follow the file's last one; answers how many. */
export function exportCheckpoints(database: Db, file: string): Promise<number> {
  const run = running
    .catch(() => 0)
    .then(async () => {
      let after = await lastSeqInFile(file);
      let appended = 0;
      for (;;) {
        const rows = await database.auditCheckpoint.findMany({
          where: { seq: { gt: after } },
          orderBy: { seq: "asc" },
          take: PAGE,
        });
        if (rows.length === 0) return appended;
        await appendFile(file, rows.map(checkpointToJsonLine).join(""), { mode: 0o600 });
        appended += rows.length;
        after = rows.at(-1)!.seq;
      }
    });
  running = run;
  return run;
}

// On globalThis: the server's instrumentation and its routes may hold different copies of this module.
const AFTER_COMMIT = Symbol.for("strongroom.audit.exportAfterCommit");
const g = globalThis as unknown as { [AFTER_COMMIT]?: true };

/**
 * For long-lived processes: from now on, export soon after each checkpoint's commit. Short-lived
 * ones do not, since their timer would fire after they closed the database client and open it
 * again (on PostgreSQL, a pool that keeps the process alive for its idle timeout).
 */
export function exportCheckpointsAfterCommit(): void {
  g[AFTER_COMMIT] = true;
}

let pending: NodeJS.Timeout | undefined;

/** After a checkpoint was written: export once its transaction has had time to commit. */
export function exportCheckpointsSoon(): void {
  const file = auditConfig().checkpointFile;
  if (!g[AFTER_COMMIT] || !file || pending) return;
  const attempt = (delay: number, then?: () => void) =>
    setTimeout(() => {
      exportCheckpoints(db, file)
        .catch((e: unknown) =>
          console.error(
            `Audit checkpoint export to ${file} failed (the timed checkpoints retry): ${(e as Error).message}`,
          ),
        )
        .finally(() => then?.());
    }, delay).unref();
  // Twice: soon after the commit of a short transaction, and again for a long one.
  pending = attempt(50, () => {
    pending = attempt(2000, () => (pending = undefined));
  });
}
