// Quick Commands (PRODUCT.md §5): saved web requests that use secrets, run on the server.
import "server-only";
export { createCommand } from "./service/create.ts";
export { updateCommand } from "./service/update.ts";
export { forkCommand, type ForkResult } from "./service/fork.ts";
export { deleteCommand } from "./service/delete.ts";
export { getCommand, listCommands } from "./service/read.ts";
export { runCommand, type RunOptions } from "./run/run-command.ts";
export { listPickableSecrets, type PickableSecret } from "./pickable-secrets.ts";
export type { CommandDetail, CommandListRow, HeaderView, RunResult } from "./views.ts";
