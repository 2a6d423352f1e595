// API tokens page: create → shown once → the token works against /api/v1 → revoke → 401.
import { expect, test } from "./fixtures.ts";

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`;

test("a Holder creates a token, sees it once, uses it, and revoking it stops it at once", async ({
  holderPage: page,
  request,
}) => {
  const name = unique("e2e token");
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("link", { name: "API documentation" })).toHaveAttribute("href", "/api-docs");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Read metadata").check();
  await dialog.getByLabel("Register and update secrets").check();
  await dialog.getByLabel("All environments").check();
  await dialog.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByRole("dialog", { name: "Token created" });
  await expect(shown.getByText("It will not be shown again")).toBeVisible();
  const token = await shown.getByLabel(/API token/).inputValue();
  expect(token).toMatch(/^sr_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}$/);
  await expect(shown.getByRole("button", { name: "Copy" })).toBeVisible();
  await shown.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Active");
  await expect(row).toContainText(`sr_${token.slice(3, 15)}_…`);
  await expect(row).toContainText("All environments");
  await page.reload();
  expect(await page.content()).not.toContain(token);

  // The creator sees it among their own tokens in Account settings.
  await page.goto("/account");
  await expect(
    page.getByRole("list", { name: "Your API tokens" }).getByRole("listitem").filter({ hasText: name }),
  ).toContainText(`sr_${token.slice(3, 15)}_…`);
  await page.goto("/settings/api-tokens");

  const auth = { authorization: `Bearer ${token}` };
  const secretName = unique("e2e_api").replace(/-/g, "_");
  const created = await request.post("/api/v1/secrets", {
    headers: auth,
    data: {
      scope: "ORGANIZATION",
      name: secretName,
      credential: { type: "BEARER_TOKEN", values: { production: { token: "tok-e2e" } } },
    },
  });
  expect(created.status()).toBe(201);
  const resolved = await request.post(`/api/v1/secrets/${secretName}/resolve`, {
    headers: auth,
    data: { environment: "production" },
  });
  expect(resolved.status()).toBe(200);
  expect(resolved.headers()["cache-control"]).toBe("no-store");
  expect((await resolved.json()).headers).toEqual({ Authorization: "Bearer tok-e2e" });

  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
  // No empty band between what the dialog says and its buttons.
  const said = await confirm.getByText("Clients using this token are refused from now on.").boundingBox();
  const buttons = await confirm.getByRole("button", { name: "Cancel" }).boundingBox();
  expect(buttons!.y - (said!.y + said!.height)).toBeLessThan(48);
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(row).toContainText("Revoked");
  const refused = await request.get("/api/v1/environments", { headers: auth });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthenticated");
});

test("the form explains what is missing and keeps the input", async ({ managerPage: page }) => {
  await page.goto("/settings/api-tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create token" });
  await dialog.getByLabel("Resolve values").uncheck();
  await dialog.getByLabel("Name").fill("kept name");
  await dialog.getByRole("button", { name: "Create token" }).click();
  await expect(dialog.getByText("Choose at least one permission.")).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveValue("kept name");
});

test("the environments are an explicit choice, least privilege first", async ({ managerPage: page }) => {
  const name = unique("e2e staging");
  await page.goto("/settings/api-tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create token" });
  const environments = dialog.getByRole("group", { name: "Environments" });
  for (const box of await environments.getByRole("checkbox").all()) await expect(box).not.toBeChecked();
  await expect(environments.getByRole("checkbox").last()).toHaveAccessibleName("All environments");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create token" }).click();
  const missing = dialog.getByText("Choose the environments this token may use, or All environments.");
  await expect(missing).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveValue(name);

  // All environments and single ones exclude each other.
  await environments.getByLabel("All environments").check();
  await expect(missing).toHaveCount(0);
  await environments.getByLabel("Staging").check();
  await expect(environments.getByLabel("All environments")).not.toBeChecked();
  await dialog.getByRole("button", { name: "Create token" }).click();
  await page.getByRole("dialog", { name: "Token created" }).getByRole("button", { name: "Done" }).click();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Staging");
  await expect(row).not.toContainText("All environments");
});

for (const width of [1280, 1440]) {
  test(`the tokens table fits its card at ${width} px`, async ({ holderPage: page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/settings/api-tokens");
    await page.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create token" });
    await dialog.getByLabel("Name").fill(unique("billing deploy pipeline"));
    for (const p of ["Read metadata", "Register and update secrets"]) await dialog.getByLabel(p).check();
    for (const e of ["Development", "Staging", "Production"]) await dialog.getByLabel(e).check();
    await dialog.getByLabel("Expiration date").fill("2030-01-31");
    await dialog.getByRole("button", { name: "Create token" }).click();
    await page.getByRole("dialog", { name: "Token created" }).getByRole("button", { name: "Done" }).click();
    const frame = page.getByRole("region", { name: "API tokens" });
    await expect(frame.getByRole("row").nth(1)).toBeVisible();
    const overflow = () => frame.evaluate((el) => el.scrollWidth - el.clientWidth);
    await expect.poll(overflow).toBeLessThanOrEqual(0);
    const revoke = frame.getByRole("button", { name: /^Revoke / }).first();
    await expect(revoke).toBeInViewport({ ratio: 1 });
  });
}

test("Members cannot manage API tokens", async ({ bobPage: page }) => {
  expect((await page.goto("/settings/api-tokens"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
});

test("the API documentation page renders the reference without a network", async ({ holderPage: page }) => {
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "API documentation" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^POST\s*\/api\/v1\/secrets\/\{name\}\/resolve$/ })).toBeVisible();
  await expect(
    page.getByText(/curl -sS -X POST "\$STRONGROOM_URL\/api\/v1\/secrets\/stripe_api_key\/resolve"/),
  ).toBeVisible();
});
