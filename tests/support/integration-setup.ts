// Guard: the integration suite writes freely, so it only ever runs against the throwaway
// database that scripts/test-integration.mjs created for it.
if (!process.env.STRONGROOM_TEST_DATABASE) {
  throw new Error("Run the integration suite through `npm run test:integration` (it creates a throwaway database).");
}
