// Starts a command with the given environment, passes signals on, and resolves to its exit code.
import { spawn } from "node:child_process";
import { constants } from "node:os";

export function runWithEnv(command, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { stdio: "inherit", env });
    const forward = (signal) => child.kill(signal);
    for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, forward);
    child.on("error", (e) => reject(new Error(`cannot start ${command[0]}: ${e.code ?? e.message}`)));
    child.on("exit", (code, signal) => {
      for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.off(s, forward);
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}
