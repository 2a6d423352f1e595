// Starts a server process for the bench and waits until its port answers; stop() ends it and
// cpuSeconds() reads the CPU time (user + system) it and its live descendants have used.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import { root } from "../../scripts/project-env.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function portOpen(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

/** pid → { ppid, ticks } for every process (Linux /proc; empty elsewhere). */
function processTable() {
  const table = new Map();
  let entries = [];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return table;
  }
  for (const pid of entries) {
    try {
      // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15).
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // exited meanwhile
    }
  }
  return table;
}

function treeCpuSeconds(rootPid) {
  const table = processTable();
  let ticks = 0;
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop();
    ticks += table.get(pid)?.ticks ?? 0;
    for (const [child, p] of table) if (p.ppid === pid) pending.push(child);
  }
  return ticks / TICKS_PER_SECOND;
}

export async function startProcess(cmd, args, env, port) {
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let exited = false;
  child.once("exit", () => (exited = true));
  for (let i = 0; i < 600 && !(await portOpen(port)); i++) {
    if (exited) throw new Error(`${cmd} exited before listening on ${port}`);
    await sleep(100);
  }
  return {
    cpuSeconds: () => treeCpuSeconds(child.pid),
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}
