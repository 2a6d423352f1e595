// API tokens page: create → shown once → the token works against /api/v1 → revoke → 401.
import { expect, test } from "./fixtures.ts";

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`;

test("a Holder creates a token, sees it once, uses it, and revoking it stops it at once", async ({ holderPage: page, request }) => {
  const name = unique("e2e token");
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("link", { name: "API documentation" })).toHaveAttribute("href", "/api-docs");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Read metadata").check();
  await dialog.getByLabel("Register and update secrets").check();
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
  await page.reload();
  expect(await page.content()).not.toContain(token);

  const auth = { authorization: `Bearer ${token}` };
  const secretName = unique("e2e_api").replace(/-/g, "_");
  const created = await request.post("/api/v1/secrets", {
    headers: auth,
    data: { scope: "ORGANIZATION", name: secretName, credential: { type: "BEARER_TOKEN", values: { production: { token: "tok-e2e" } } } },
  });
  expect(created.status()).toBe(201);
  const resolved = await request.post(`/api/v1/secrets/${secretName}/resolve`, { headers: auth, data: { environment: "production" } });
  expect(resolved.status()).toBe(200);
  expect(resolved.headers()["cache-control"]).toBe("no-store");
  expect((await resolved.json()).headers).toEqual({ Authorization: "Bearer tok-e2e" });

  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
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

test("Members cannot manage API tokens", async ({ bobPage: page }) => {
  expect((await page.goto("/settings/api-tokens"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
});

test("the API documentation page renders the reference without a network", async ({ holderPage: page }) => {
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "API documentation" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^POST\s*\/api\/v1\/secrets\/\{name\}\/resolve$/ })).toBeVisible();
  await expect(page.getByText(/curl -sS -X POST "\$STRONGROOM_URL\/api\/v1\/secrets\/stripe_api_key\/resolve"/)).toBeVisible();
});
