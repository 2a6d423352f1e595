// Runs a command with the project's environment loaded: `node scripts/with-env.mjs next build`.
import { spawnSync } from "node:child_process";
import { loadProjectEnv } from "./project-env.mjs";

loadProjectEnv();
const [cmd, ...args] = process.argv.slice(2);
const result = spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
process.exit(result.status ?? 1);
