// strongroom resolve NAME --env ENV [--field F] [--workspace W]
// strongroom run --env ENV [--secret NAME ...] [--workspace W] -- <command> [args...]
// Token from STRONGROOM_TOKEN; server from STRONGROOM_URL (default http://localhost:3000).
// Node ESM, no dependencies.
import { parseArgs } from "node:util";
import { ApiClient, CliError } from "./lib/api-client.mjs";
import { envVarsFor } from "./lib/env-vars.mjs";
import { runWithEnv } from "./lib/run-command.mjs";

const HELP = `Strongroom CLI

Usage:
  strongroom resolve NAME --env ENV [--field FIELD] [--workspace W]
      Prints the secret's fields and headers as JSON, or one field's value with --field.
  strongroom run --env ENV [--secret NAME ...] [--workspace W] -- COMMAND [ARGS...]
      Runs COMMAND with the secrets as environment variables: Key/Value pairs under their own
      keys, other types as NAME_FIELD in upper snake case (stripe_key → STRIPE_KEY_VALUE).
      Without --secret, every secret the token can list is injected.

Environment:
  STRONGROOM_TOKEN   API token (sr_...), created in the portal under Settings → API tokens
  STRONGROOM_URL     the portal's address (default http://localhost:3000)
`;

const OPTIONS = {
  env: { type: "string", short: "e" },
  field: { type: "string", short: "f" },
  secret: { type: "string", short: "s", multiple: true },
  workspace: { type: "string", short: "w" },
  help: { type: "boolean", short: "h" },
};

export async function main(argv, io = { env: process.env, stdout: process.stdout, stderr: process.stderr }) {
  const dash = argv.indexOf("--");
  const own = dash === -1 ? argv : argv.slice(0, dash);
  const command = dash === -1 ? [] : argv.slice(dash + 1);
  try {
    const { values, positionals } = parseArgs({ args: own, options: OPTIONS, allowPositionals: true });
    const [verb, ...rest] = positionals;
    if (values.help || !verb) {
      io.stdout.write(HELP);
      return values.help ? 0 : 2;
    }
    if (!values.env) throw new CliError("--env is required, e.g. --env production", 2);
    const client = new ApiClient(io.env);
    if (verb === "resolve") {
      if (rest.length !== 1) throw new CliError("Usage: strongroom resolve NAME --env ENV [--field FIELD]", 2);
      const r = await client.resolve(rest[0], values.env, values.workspace);
      if (values.field === undefined)
        io.stdout.write(JSON.stringify({ headers: r.headers, fields: r.fields }, null, 2) + "\n");
      else if (values.field in r.fields) io.stdout.write(r.fields[values.field] + "\n");
      else
        throw new CliError(`"${rest[0]}" has no field "${values.field}" (it has: ${Object.keys(r.fields).join(", ")})`);
      return 0;
    }
    if (verb === "run") {
      if (command.length === 0)
        throw new CliError("Usage: strongroom run --env ENV [--secret NAME ...] -- COMMAND [ARGS...]", 2);
      const names = values.secret?.length ? values.secret : await client.listSecretNames(values.workspace);
      const vars = {};
      for (const name of names) {
        const r = await client.resolve(name, values.env, values.workspace);
        Object.assign(vars, envVarsFor(r));
        for (const warning of envVarsFor.skipped(r)) io.stderr.write(`strongroom: ${warning}\n`);
      }
      return await runWithEnv(command, { ...io.env, ...vars });
    }
    throw new CliError(`Unknown command "${verb}". Run strongroom --help.`, 2);
  } catch (e) {
    if (e instanceof CliError || e?.code?.startsWith?.("ERR_PARSE_ARGS")) {
      io.stderr.write(`strongroom: ${e.message}\n`);
      return e.exitCode ?? 2;
    }
    throw e;
  }
}
