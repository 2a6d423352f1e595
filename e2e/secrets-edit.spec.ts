// Edit (issue 4 §4): name read-only, blank secret fields keep their value, only changes are
// saved, validation keeps input, and a stale version is a conflict that keeps the user's edits.
import { expect, test } from "./fixtures.ts";
import {
  E2E_TOKEN_URL,
  registerSecret,
  uniqueName,
  updateDescriptionBehindTheScenes,
  valueRow,
} from "./support/secrets.ts";

// Each test sets up its data through the data layer (a child process): allow for a busy machine.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

test("the name is read-only; blank values are kept; a new Production value makes version 2 there only", async ({
  holderPage: page,
}) => {
  const name = uniqueName("e2e_edit");
  const id = registerSecret("holder@acme.test", { name, scope: "ORGANIZATION" });
  await page.goto(`/secrets?q=${name}`);
  await page
    .getByRole("row", { name: new RegExp(name) })
    .getByRole("button", { name: "More options" })
    .click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page.getByLabel("Secret name")).toHaveValue(name);
  await expect(page.getByLabel("Secret name")).not.toBeEditable();
  await expect(page.getByRole("region", { name: "Where used" })).toBeVisible();
  await expect(page.getByText("Leave blank to keep the current value.").first()).toBeVisible();
  await expect(page.getByRole("group", { name: "Production", exact: true }).getByLabel("Value")).toHaveValue("");
  await page.getByLabel("Description").fill("Rotated quarterly");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/${id}$`));
  await expect(page.getByText("Rotated quarterly")).toBeVisible();
  await expect(valueRow(page, "Production").getByRole("cell").nth(1)).toHaveText("1");

  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByRole("group", { name: "Production", exact: true }).getByLabel("Value").fill("new-production-value");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/${id}$`));
  await expect(valueRow(page, "Production").getByRole("cell").nth(1)).toHaveText("3");
  await expect(valueRow(page, "Staging")).toContainText("Not set");
  await expect(page.locator("body")).not.toContainText("new-production-value");
});

test("invalid input is shown next to the field and kept", async ({ holderPage: page }) => {
  const id = registerSecret("holder@acme.test", { name: uniqueName("e2e_edit_bad"), scope: "ORGANIZATION" });
  await page.goto(`/secrets/${id}/edit`);
  await expect(page.getByLabel("Header name")).toHaveValue("X-API-Key"); // the form is ready
  await page.getByLabel("Header name").fill("X Bad Header");
  await page.getByLabel("Description").fill("kept description");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Header name cannot contain spaces.")).toBeVisible();
  await expect(page.getByLabel("Header name")).toHaveValue("X Bad Header");
  await expect(page.getByLabel("Description")).toHaveValue("kept description");
});

test("someone saving in between is a conflict: the message says so and the edits stay", async ({
  holderPage: page,
}) => {
  const id = registerSecret("holder@acme.test", { name: uniqueName("e2e_conflict"), scope: "ORGANIZATION" });
  await page.goto(`/secrets/${id}/edit`);
  await page.getByLabel("Description").fill("my edit");
  await page.getByRole("group", { name: "Staging", exact: true }).getByLabel("Value").fill("my-staging-value");
  updateDescriptionBehindTheScenes("manager@acme.test", id, "their edit");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "was changed by someone else while you were editing" }),
  ).toBeVisible();
  await expect(page.getByLabel("Description")).toHaveValue("my edit");
  await expect(page.getByRole("group", { name: "Staging", exact: true }).getByLabel("Value")).toHaveValue(
    "my-staging-value",
  );
});

test("a new Token URL needs the Client secret again: the message is on the fields and the input stays", async ({
  holderPage: page,
}) => {
  const id = registerSecret("holder@acme.test", {
    name: uniqueName("e2e_token_url"),
    scope: "ORGANIZATION",
    type: "CLIENT_CREDENTIALS",
  });
  await page.goto(`/secrets/${id}/edit`);
  await expect(page.getByLabel("Token URL")).toHaveValue(E2E_TOKEN_URL);
  const production = page.getByRole("group", { name: "Production", exact: true });
  await page.getByLabel("Token URL").fill("https://elsewhere.example.net/token");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByText(
      "Changing the Token URL changes where the Client secret is sent: enter the Client secret again for Production, or keep the previous Token URL.",
    ),
  ).toBeVisible();
  await expect(production.getByText("Enter the Client secret again: the Token URL changed.")).toBeVisible();
  await expect(page.getByLabel("Token URL")).toHaveValue("https://elsewhere.example.net/token");
  await production.getByLabel("Client secret").fill("re-entered-secret");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/${id}$`));
  await expect(page.getByText("https://elsewhere.example.net/token")).toBeVisible();
});

test("the expiration date is shown and typed as YYYY-MM-DD, as on every other screen", async ({ holderPage: page }) => {
  const id = registerSecret("holder@acme.test", {
    name: uniqueName("e2e_edit_date"),
    scope: "ORGANIZATION",
    expiresAt: "2027-03-31",
  });
  await page.goto(`/secrets/${id}/edit`);
  const date = page.getByLabel("Expiration date");
  await expect(date).toHaveValue("2027-03-31");
  // A date input would show the browser's locale (03/31/2027); this is a text field.
  expect(await date.evaluate((el: HTMLInputElement) => el.type)).toBe("text");
  await date.fill("2027-04-30");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/${id}$`));
  await expect(page.getByText("2027-04-30")).toBeVisible();
});

test("leaving the edit form with changes asks first; without changes it does not", async ({ holderPage: page }) => {
  const id = registerSecret("holder@acme.test", { name: uniqueName("e2e_edit_leave"), scope: "ORGANIZATION" });
  await page.goto(`/secrets/${id}/edit`);
  await expect(page.getByLabel("Header name")).toHaveValue("X-API-Key"); // the form is ready
  const asked: string[] = [];
  page.on("dialog", (d) => (asked.push(d.type()), void (asked.length === 1 ? d.dismiss() : d.accept())));
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/${id}$`));
  expect(asked).toEqual([]);

  await page.goto(`/secrets/${id}/edit`);
  await page.getByLabel("Description").fill("not saved yet");
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect.poll(() => asked).toEqual(["confirm"]);
  await expect(page).toHaveURL(new RegExp(`/secrets/${id}/edit$`));
  await expect(page.getByLabel("Description")).toHaveValue("not saved yet");
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/${id}$`));
  expect(asked).toEqual(["confirm", "confirm"]);
});
