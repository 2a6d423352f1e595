// Settings → Members (issue 8 §1): invite → accept → signed in; role changes (never the last
// Account Holder); removal ends the member's session at once. Isolated organizations only.
import { createTestOrganization, DEMO_USERS, expect, test } from "./fixtures.ts";
import { holderOf, invitationLinkFor, pageFor, unique } from "./support/admin.ts";

test("a Holder invites a Manager, who accepts, sets a password and is signed in", async ({ browser, baseURL }) => {
  const org = createTestOrganization("e2e-invite");
  const holder = await holderOf(browser, baseURL, org);
  const email = `${unique("dana")}@example.test`;
  await holder.goto("/settings/members");
  await holder.getByRole("button", { name: "Invite member" }).click();
  const dialog = holder.getByRole("dialog", { name: "Invite member" });
  await dialog.getByLabel("E-mail").fill(email);
  await dialog.getByLabel("Role", { exact: true }).selectOption({ label: "Account Manager" });
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(holder.getByText(`Invitation for ${email} is in the outbox`)).toBeVisible();
  await expect(holder.getByRole("table", { name: "Open invitations" })).toContainText(email);
  const link = await invitationLinkFor(holder, email);
  // The Outbox says where its links point (NEXTAUTH_URL, the address this portal is used at here).
  const linksNote = `Links in these messages (invitations, reminders) point to ${baseURL} (NEXTAUTH_URL).`;
  await expect(holder.getByText(linksNote)).toBeVisible();
  await expect(holder.getByRole("note")).toHaveCount(0);

  const guest = await (await browser.newContext({ baseURL })).newPage();
  await guest.goto(link);
  await expect(guest.getByText(`You are invited to ${org.name} as Account Manager.`)).toBeVisible();
  await guest.getByLabel("Name", { exact: true }).fill("Dana Example");
  await guest.getByLabel("Password", { exact: true }).fill("short");
  await guest.getByLabel("Confirm password").fill("different");
  await guest.getByRole("button", { name: "Accept invitation" }).click();
  await expect(guest.getByText("Use at least 12 characters.")).toBeVisible();
  await guest.getByLabel("Password", { exact: true }).fill("a-long-new-password");
  await guest.getByLabel("Confirm password").fill("a-long-new-password");
  await guest.getByRole("button", { name: "Accept invitation" }).click();
  await expect(guest).toHaveURL(/\/secrets$/);
  await guest.getByRole("button", { name: "Dana Example", exact: true }).click();
  await expect(guest.getByText("Account Manager", { exact: true })).toBeVisible();

  // The link works once.
  const again = await (await browser.newContext({ baseURL })).newPage();
  await again.goto(link);
  await expect(again.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();
});

test("roles change only with a Holder left, and a removed member is signed out at once", async ({
  browser,
  baseURL,
}) => {
  const org = createTestOrganization("e2e-roles");
  const holder = await holderOf(browser, baseURL, org);
  await holder.goto("/settings/members");
  const own = holder.getByRole("row").filter({ hasText: org.users.holder.email });
  await own.getByLabel("Role", { exact: true }).selectOption({ label: "Member" });
  await holder.getByRole("alertdialog").getByRole("button", { name: "Change role" }).click();
  await expect(
    holder.getByRole("alertdialog").getByText("An organization needs at least one Account Holder"),
  ).toBeVisible();
  await holder.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();

  const member = await pageFor(browser, baseURL, org.users.member2.email, org.password);
  const row = holder.getByRole("row").filter({ hasText: org.users.member2.email });
  await row.getByLabel("Role", { exact: true }).selectOption({ label: "Account Manager" });
  await holder.getByRole("alertdialog").getByRole("button", { name: "Change role" }).click();
  await expect(holder.getByText(/is now Account Manager/)).toBeVisible();
  await member.goto("/settings/api-tokens");
  await expect(member.getByRole("button", { name: "Create token" })).toBeVisible();

  await row.getByRole("button", { name: /^Remove / }).click();
  await holder.getByRole("alertdialog").getByRole("button", { name: "Remove member" }).click();
  await expect(holder.getByText(/was removed: 0 API token\(s\) revoked/)).toBeVisible();
  await expect(holder.getByRole("row").filter({ hasText: org.users.member2.email })).toHaveCount(0);
  await member.goto("/secrets");
  await expect(member).toHaveURL(/\/login/);
});

test("only Account Holders see and use the Members section", async ({ holderPage, managerPage }) => {
  await holderPage.goto("/settings/members");
  const table = holderPage.getByRole("table", { name: "Members" });
  for (const user of Object.values(DEMO_USERS)) await expect(table).toContainText(user.email);
  await managerPage.goto("/settings");
  // /settings redirects to the first section the role has (after the streamed shell, so wait
  // for it: a navigation started meanwhile is interrupted by the redirect).
  await expect(managerPage).toHaveURL(/\/settings\/api-tokens$/);
  await expect(
    managerPage.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Members" }),
  ).toHaveCount(0);
  // A section the role may not open does not exist for them (HTTP 404, e2e/hidden-pages.spec.ts).
  expect((await managerPage.goto("/settings/members"))?.status()).toBe(404);
  await expect(managerPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(managerPage.getByRole("button", { name: "Invite member" })).toHaveCount(0);
});
