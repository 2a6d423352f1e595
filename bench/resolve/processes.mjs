// Starts a server process for the bench and waits until its port answers; stop() ends it.
import { spawn } from "node:child_process";
import net from "node:net";
import { root } from "../../scripts/project-env.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function portOpen(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

export async function startProcess(cmd, args, env, port) {
  const child = spawn(cmd, args, { cwd: root, env: { ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"] });
  let exited = false;
  child.once("exit", () => (exited = true));
  for (let i = 0; i < 600 && !(await portOpen(port)); i++) {
    if (exited) throw new Error(`${cmd} exited before listening on ${port}`);
    await sleep(100);
  }
  return {
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}
