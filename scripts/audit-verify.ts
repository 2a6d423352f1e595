// npm run audit:verify [-- --public-key <file>]... [--checkpoint-file <file>] [--no-master-key]
// Walks every audit chain and checks it against the signed checkpoints (lib/audit/verify.ts).
// Without --public-key, the public key of the configured signing key is used; without
// --checkpoint-file, STRONGROOM_AUDIT_CHECKPOINT_FILE. The master key (when configured, and not
// --no-master-key) checks each record's HMAC. Exit code: 0 no tampering found, 1 tampering
// found, 2 could not verify (bad arguments or configuration, database unreachable).
// (No top-level await: tsx runs this as CommonJS.)
import { readFileSync } from "node:fs";
import type { KeyObject } from "node:crypto";
import { db } from "../lib/db/index.ts";
import { ConfigError } from "../lib/env/index.ts";
import { auditConfig } from "../lib/audit/config.ts";
import { parsePublicKey } from "../lib/audit/signing.ts";
import { configuredMasterKeys, verifyAuditChains } from "../lib/audit/verify.ts";
import { formatVerifyReport } from "../lib/audit/verify-report.ts";

const USAGE = "usage: npm run audit:verify -- [--public-key <file>]... [--checkpoint-file <file>] [--no-master-key]";

class UsageError extends Error {}

function parseArgs(args: string[]) {
  const out = { publicKeyFiles: [] as string[], checkpointFile: undefined as string | undefined, masterKey: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (!v || v.startsWith("--")) throw new UsageError(`${a} needs a file name`);
      return v;
    };
    if (a === "--public-key") out.publicKeyFiles.push(value());
    else if (a === "--checkpoint-file") out.checkpointFile = value();
    else if (a === "--no-master-key") out.masterKey = false;
    else throw new UsageError(`unknown argument ${a}`);
  }
  return out;
}

function readPublicKey(file: string): KeyObject {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read the public key file ${file}: ${(e as NodeJS.ErrnoException).code ?? "error"}`);
  }
  return parsePublicKey(text, `the public key file ${file}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const config = auditConfig();
  const publicKeys =
    args.publicKeyFiles.length > 0
      ? args.publicKeyFiles.map(readPublicKey)
      : config.signer
        ? [config.signer.publicKey]
        : [];
  const keys = args.masterKey ? configuredMasterKeys() : null;
  const report = await verifyAuditChains(db, {
    keys,
    publicKeys,
    checkpointFile: args.checkpointFile ?? config.checkpointFile,
  });
  const { lines, exitCode } = formatVerifyReport(report);
  (exitCode === 0 ? console.log : console.error)(lines.join("\n"));
  await db.$disconnect();
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) console.error(`audit:verify: ${e.message}\n${USAGE}`);
    else console.error("audit:verify could not verify:", e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
