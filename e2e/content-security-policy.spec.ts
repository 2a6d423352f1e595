// Content Security Policy (issue 13, finding 9): every page comes with a strict policy whose
// script nonce is fresh per request; Next's own scripts carry it, so the main screens work with
// no violation at all, while a script slipped into the page without the nonce does not run.
// API answers get `default-src 'none'`. HSTS is sent only over https (not on this http server).
import type { Page, Response } from "@playwright/test";
import { DEMO_USERS, expect, test } from "./fixtures.ts";
import { registerSecret, uniqueName } from "./support/secrets.ts";

test.describe.configure({ timeout: 180_000 });

/** The directives of a policy by name. */
function directives(policy: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (policy ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

/** Expects the strict page policy on `response` and returns its script nonce. */
function expectPagePolicy(response: Response | null, where: string): string {
  const headers = response?.headers() ?? {};
  const policy = directives(headers["content-security-policy"]);
  const scripts = policy.get("script-src") ?? [];
  const nonce = scripts.find((s) => s.startsWith("'nonce-"));
  expect(nonce, `a script nonce in the policy of ${where}`).toBeDefined();
  expect(scripts, where).toContain("'strict-dynamic'");
  expect(scripts, where).not.toContain("'unsafe-inline'");
  expect(scripts, where).not.toContain("'unsafe-eval'");
  expect(policy.get("object-src"), where).toEqual(["'none'"]);
  expect(policy.get("base-uri"), where).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(policy.get("form-action"), where).toEqual(["'self'"]);
  expect(policy.get("img-src"), where).toEqual(["'self'", "data:"]);
  expect(policy.get("connect-src"), where).toEqual(["'self'"]);
  expect(policy.get("style-src"), where).not.toContain("'unsafe-inline'");
  expect(headers["strict-transport-security"], `no HSTS over http (${where})`).toBeUndefined();
  return nonce!.slice("'nonce-".length, -1);
}

/** Records every CSP violation the page reports (the event, and Chromium's console message). */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  return violations;
}

const SCREENS: [path: string, heading: string][] = [
  ["/secrets", "Secrets Manager"],
  ["/secrets/new", "Register secret"],
  ["/secrets/matrix", "Value matrix"],
  ["/secrets/where-used", "Where used"],
  ["/quick-commands", "Quick Commands"],
  ["/notifications", "Notifications"],
  ["/audit", "Audit log"],
  ["/api-docs", "API documentation"],
  ["/settings", "Settings"],
  ["/settings/members", "Settings"],
  ["/settings/api-tokens", "Settings"],
];

test("the main screens load, work and report no CSP violation under the page policy", async ({ holderPage: page }) => {
  const violations = await recordViolations(page);
  const name = uniqueName("e2e_csp");
  const id = registerSecret("holder@acme.test", { name, scope: "ORGANIZATION" });
  const nonces = new Set<string>();
  for (const [path, heading] of [...SCREENS, [`/secrets/${id}`, name] as [string, string]]) {
    const response = await page.goto(path);
    nonces.add(expectPagePolicy(response, path));
    await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
  }
  expect(nonces.size, "a fresh nonce for every page").toBe(SCREENS.length + 1);

  // The page is interactive (its scripts ran): the user menu opens, a client-side navigation works.
  const trigger = page.getByRole("button", { name: DEMO_USERS.holder.name, exact: true });
  await trigger.click();
  await expect(
    page.getByRole("dialog", { name: "User menu" }).getByRole("button", { name: "Sign out", exact: true }),
  ).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("link", { name: "Audit log" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log", exact: true })).toBeVisible();
  await page.goto(`/secrets?q=${name}`);
  await page
    .getByRole("row", { name: new RegExp(name) })
    .getByRole("button", { name: "More options" })
    .click();
  await expect(page.getByRole("menuitem", { name: "Edit" })).toBeVisible();
  // A modal dialog: its scroll lock is a style element, which runs only with the page's nonce.
  await page.getByRole("menuitem", { name: "Delete secret" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${name}”?` });
  await expect(dialog.getByLabel("Type DELETE to confirm")).toBeVisible();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).toBe("hidden");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  expect(violations).toEqual([]);
});

test("the sign-in page and the page-not-found page carry the policy and report no violation", async ({ page }) => {
  const violations = await recordViolations(page);
  expectPagePolicy(await page.goto("/login"), "/login");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  expectPagePolicy(await page.goto("/invitations/not-a-token"), "an invitation link");
  expectPagePolicy(await page.goto("/no-such-page.txt"), "a page that does not exist");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a script slipped into a page without the nonce does not run, and is reported", async ({ holderPage: page }) => {
  const violations = await recordViolations(page);
  // Stands for markup injected into the page (stored XSS): the real answer, one inline script more.
  await page.route("**/secrets", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/secrets");
  await expect(page.getByRole("heading", { level: 1, name: "Secrets Manager", exact: true })).toBeVisible();
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.join("\n")).toMatch(/script-src/);
});

test("API answers get a policy that loads nothing; no HSTS over http, whatever an untrusted proxy header says", async ({
  request,
}) => {
  for (const path of ["/api/v1/openapi.json", "/api/v1/secrets", "/api/auth/csrf"]) {
    const res = await request.get(path, { headers: { "X-Forwarded-Proto": "https" } });
    expect(res.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers()["strict-transport-security"], path).toBeUndefined();
  }
  const page = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(page.headers()["strict-transport-security"]).toBeUndefined();
  expect(page.headers()["x-frame-options"]).toBe("DENY");
});
