// Signs in once as each demo user and saves the browser state for the role fixtures.
import { test as setup } from "@playwright/test";
import { DEMO_USER_KEYS, DEMO_USERS, authFile, expect, signIn } from "./fixtures.ts";

for (const key of DEMO_USER_KEYS) {
  setup(`sign in as ${key}`, async ({ page }) => {
    await signIn(page, DEMO_USERS[key].email);
    await expect(page).toHaveURL(/\/secrets$/);
    await page.context().storageState({ path: authFile(key) });
  });
}
