// Re-wraps every value version's data key under the current master key.
//   tsx --conditions=react-server scripts/rotate-keys.ts [--batch N]
// Safe to run while the portal is up, and to run again after an interruption.
import { db } from "../lib/db/index.ts";
import { getKeyProvider, rotateMasterKeys } from "../lib/crypto/index.ts";

function batchSize(args: string[]): number {
  const i = args.indexOf("--batch");
  if (i < 0) return 500;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error("--batch needs a positive whole number, e.g. --batch 500");
  return n;
}

async function main() {
  const provider = getKeyProvider();
  const log = (line: string) => console.log(line);
  const result = await rotateMasterKeys(db, provider, { batchSize: batchSize(process.argv.slice(2)), log });
  log(`Done: ${result.rotated} re-wrapped, ${result.skipped} skipped (changed meanwhile), ${result.failed} failed.`);
  log(`Value versions still under old master keys: ${result.remaining}.`);
  if (result.remaining === 0) {
    log(
      `All values are under master key ${provider.currentKeyId()}; old master keys can now be removed from the configuration.`,
    );
  } else {
    log("When this count is 0, old master keys can be removed from the configuration.");
    if (result.failed > 0)
      log(
        "Some value versions could not be re-wrapped (see above): configure the master keys they name, then run this command again.",
      );
    else log("Run this command again to re-wrap values written meanwhile.");
  }
  return result.failed > 0 ? 1 : 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    console.error(err instanceof Error ? `${err.name}: ${err.message}` : "Key rotation failed.");
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
