// Helpers of the administration specs: pages signed in as users of an isolated organization,
// and reading an invitation link from the outbox (SMTP is off in the end-to-end server).
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, type TestOrganization } from "../fixtures.ts";

export async function pageFor(
  browser: Browser,
  baseURL: string | undefined,
  email: string,
  password: string,
): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/secrets$/);
  return page;
}

export const holderOf = (browser: Browser, baseURL: string | undefined, org: TestOrganization) =>
  pageFor(browser, baseURL, org.users.holder.email, org.password);

/** Opens Settings → Outbox and returns the invitation link mailed to `email`. */
export async function invitationLinkFor(page: Page, email: string): Promise<string> {
  await page.goto("/settings/outbox");
  const mail = page
    .getByRole("listitem")
    .filter({ hasText: `to ${email}` })
    .first();
  await mail.locator("summary").click();
  const text = await mail.locator("pre").innerText();
  const link = /https?:\/\/\S+\/invitations\/inv_[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link, "the invitation e-mail carries a link").toBeTruthy();
  return new URL(link!).pathname;
}

/** A file for an <input type="file">. */
export const textFile = (name: string, content: string) => ({
  name,
  mimeType: name.endsWith(".json") ? "application/json" : "text/plain",
  buffer: Buffer.from(content),
});

export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
