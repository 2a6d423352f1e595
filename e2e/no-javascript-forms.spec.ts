// The simple forms post to their server actions as plain HTML forms (issue 18, item 4): with
// JavaScript disabled the sign-in form signs in, and Settings → Lifecycle saves, each answering a
// bad submission with the message at the field and the typed text kept (never a password).
// Both pages render whole in their first HTML (no loading boundary: streamed content needs
// JavaScript to take the place of its fallback).
import { createTestOrganization, expect, signIn, test, type TestOrganization } from "./fixtures.ts";

test.use({ javaScriptEnabled: false });

let org: TestOrganization;
test.beforeAll(() => {
  org = createTestOrganization("e2e-nojs");
});

test("signing in without JavaScript: field errors, a wrong password, then the Secrets Manager", async ({ page }) => {
  const email = org.users.member1.email;
  const emailField = page.getByLabel("E-mail", { exact: true });
  const passwordField = page.getByLabel("Password", { exact: true });

  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter your e-mail address.", { exact: true })).toBeVisible();
  await expect(page.getByText("Enter your password.", { exact: true })).toBeVisible();
  await expect(emailField).toHaveAttribute("aria-invalid", "true");

  await signIn(page, email, "not-the-right-password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(emailField).toHaveValue(email);
  await expect(passwordField).toHaveValue("");
  expect(await page.content(), "the password is never sent back").not.toContain("not-the-right-password");

  await passwordField.fill(org.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/secrets$/);
  // Signed in (the list itself streams in behind its loading state, which needs JavaScript).
  await expect(
    page.getByRole("banner").getByRole("button", { name: org.users.member1.name, exact: true }),
  ).toBeVisible();
});

test("Settings → Lifecycle saves without JavaScript, and a refusal keeps what was typed", async ({ page }) => {
  await signIn(page, org.users.holder.email, org.password);
  await expect(page).toHaveURL(/\/secrets$/);
  await page.goto("/settings/lifecycle");
  const inactivity = page.getByLabel("Inactivity period", { exact: true });
  const grace = page.getByLabel("Grace period", { exact: true });
  const reminders = page.getByLabel("Reminder days", { exact: true });

  await inactivity.fill("45");
  await grace.fill("5");
  await reminders.fill("20, 3");
  await page.getByRole("button", { name: "Save changes", exact: true }).click();
  await expect(page.getByText("Grace period must be at least the largest reminder day (20).")).toBeVisible();
  await expect(grace).toHaveAttribute("aria-invalid", "true");
  await expect(inactivity).toHaveValue("45");
  await expect(reminders).toHaveValue("20, 3");

  await grace.fill("25");
  await page.getByRole("button", { name: "Save changes", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Lifecycle settings saved." })).toBeVisible();
  await page.goto("/settings/lifecycle");
  await expect(inactivity).toHaveValue("45");
  await expect(grace).toHaveValue("25");
  await expect(reminders).toHaveValue("20, 3");
});
