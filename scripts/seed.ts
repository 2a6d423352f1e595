// `npm run db:seed`: creates (or completes) the demo organization and prints its logins.
// Demo and test databases only: it refuses when NODE_ENV=production unless --force-demo is
// given, so that a production start never creates users with a known password.
// Run with `tsx --conditions=react-server` (lib/ modules import "server-only").
import { createDb } from "../lib/db/index.ts";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoOrganization } from "../lib/seed/demo-organization.ts";
import { ORG_ROLE_LABELS } from "../lib/domain/constants.ts";

async function main() {
  const force = process.argv.includes("--force-demo");
  if (process.env.NODE_ENV === "production" && !force) {
    console.error(
      "Refusing to seed the demo organization with NODE_ENV=production: its users have a published password.\n" +
        "Pass --force-demo if this really is a demo installation.",
    );
    process.exit(1);
  }
  const db = createDb(process.env.DATABASE_URL);
  try {
    const seeded = await seedDemoOrganization(db);
    console.log(`Demo organization "Acme" ready (${Object.keys(seeded.spotIds).length} Spots, workspace "Payments").`);
    console.log(`Demo logins (password: ${DEMO_PASSWORD}):`);
    for (const user of Object.values(DEMO_USERS)) {
      console.log(`  ${user.email.padEnd(20)} ${ORG_ROLE_LABELS[user.role].padEnd(16)} ${user.name}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error("Seeding failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
