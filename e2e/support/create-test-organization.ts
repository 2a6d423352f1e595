// Creates an isolated organization in the end-to-end database and prints it as JSON.
// Run by e2e/fixtures.ts through `tsx --conditions=react-server` (lib/ is server-only ESM,
// which Playwright's own loader cannot import).
import { createDb } from "../../lib/db/index.ts";
import { createTestOrganization } from "../../lib/seed/test-organization.ts";

const ATTEMPTS = 3;

/** SQLITE_BUSY (the adapter reports it as P1008 "SocketTimeout"): the test server held the write lock too long. */
const isBusy = (err: unknown) =>
  /P1008|SocketTimeout|SQLITE_BUSY|database is locked/.test(`${(err as { code?: string })?.code} ${err}`);

async function main() {
  const db = createDb(process.env.DATABASE_URL);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        // A new random slug per attempt: a half-created organization is simply left unused.
        const organization = await createTestOrganization(db, { prefix: process.argv[2] || "e2e" });
        process.stdout.write(JSON.stringify(organization));
        return;
      } catch (err) {
        if (attempt >= ATTEMPTS || !isBusy(err)) throw err;
        console.error(`create-test-organization: database busy, retrying (${attempt}/${ATTEMPTS - 1})`);
      }
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
