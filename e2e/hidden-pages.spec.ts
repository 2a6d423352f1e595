// A page the user may not see answers HTTP 404, not a "Page not found" screen with status 200
// (issue 14 item 5): secrets, Quick Commands and Settings sections, for a Member of the
// workspace, a Member without access to it and an Account Manager; nonexistent and malformed
// ids too. The same URLs answer 200 to those who may see them, so each check can fail both
// ways. Statuses are read from the browser's navigation and from a request with its session.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { pageFor } from "./support/admin.ts";

test.describe.configure({ mode: "parallel", timeout: 180_000 });

type Named = { name: string; id: string };
type Seeded = {
  demo: { personalSecret: Named; workspaceSecret: Named; privateCommand: Named; sharedCommand: Named };
  isolated: { password: string; member1: string; member2: string; sideSecret: Named; sideCommand: Named };
};

const root = path.resolve(__dirname, "..");
let seeded: Seeded;

/** Runs a script of e2e/support with the test server's database and master keys; answers what it prints. */
function support(script: string, ...args: string[]): string {
  const tsx = path.join(root, "node_modules/.bin/tsx");
  return execFileSync(tsx, ["--conditions=react-server", path.join(__dirname, "support", script), ...args], {
    cwd: root,
    // The test server's master keys, so that what this process encrypts is readable there.
    env: {
      ...process.env,
      STRONGROOM_MASTER_KEYS: process.env.STRONGROOM_E2E_MASTER_KEYS,
      STRONGROOM_MASTER_KEY_FILE: "",
    },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

test.beforeAll(() => {
  // A new suffix each time: a worker that runs another file in between runs this hook again.
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  seeded = JSON.parse(support("hidden-pages-data.ts", suffix)) as Seeded;
});

const SETTINGS = ["members", "workspaces", "spots", "environments", "lifecycle", "api-tokens", "outbox"].map(
  (s) => `/settings/${s}`,
);
/** The sections an Account Manager may open (tokens and the outbox); the others are the Account Holder's. */
const MANAGER_SETTINGS = ["/settings/api-tokens", "/settings/outbox"];
/** What a workspace's Admins and Members open: its members (e2e/admin-workspaces.spec.ts). */
const MEMBER_SETTINGS = ["/settings/workspaces"];

const secretPages = (id: string) => [`/secrets/${id}`, `/secrets/${id}/edit`];
const commandPages = (id: string) => [`/quick-commands/${id}`, `/quick-commands/${id}/edit`];

/**
 * Each path answers `status` to the page's user: the document of a navigation, and a request
 * with the same session. A hidden page's answer never names what it hides. Soft assertions,
 * so that one run lists every path that answers otherwise.
 */
async function expectStatus(page: Page, paths: string[], status: number, hidden: string[] = []) {
  for (const p of paths) {
    const navigation = await page.goto(p);
    expect.soft(navigation?.status(), `navigation to ${p}`).toBe(status);
    const response = await page.request.get(p, { maxRedirects: 0 });
    expect.soft(response.status(), `request for ${p}`).toBe(status);
    const body = await response.text();
    for (const name of hidden) expect.soft(body, `answer for ${p}`).not.toContain(name);
  }
  if (status === 404) await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
}

test("another member's personal secret and private Quick Command answer 404; their owner gets 200", async ({
  bobPage,
  holderPage,
  alicePage,
}) => {
  const { personalSecret, privateCommand } = seeded.demo;
  for (const page of [bobPage, holderPage]) {
    await expectStatus(page, secretPages(personalSecret.id), 404, [personalSecret.name]);
    await expectStatus(page, commandPages(privateCommand.id), 404, [privateCommand.name]);
  }
  await expectStatus(alicePage, [...secretPages(personalSecret.id), ...commandPages(privateCommand.id)], 200);
  // Decided once per request: the layouts, the metadata and the page share one cached load, so
  // each of the 8 refused requests (2 users × 2 pages × navigation and request) is audited once.
  expect(support("denied-views.ts", "secret.view", personalSecret.id).trim()).toBe("8");
  expect(support("denied-views.ts", "command.view", privateCommand.id).trim()).toBe("8");
});

test("a workspace Member's edit pages of what they may only view answer 404; the workspace Admin gets 200", async ({
  bobPage,
  alicePage,
}) => {
  const { workspaceSecret, sharedCommand } = seeded.demo;
  await expectStatus(bobPage, [`/secrets/${workspaceSecret.id}`, `/quick-commands/${sharedCommand.id}`], 200);
  await expectStatus(
    bobPage,
    [`/secrets/${workspaceSecret.id}/edit`, `/quick-commands/${sharedCommand.id}/edit`],
    404,
    ["Save changes"],
  );
  await expectStatus(alicePage, [...secretPages(workspaceSecret.id), ...commandPages(sharedCommand.id)], 200);
});

test("a Member without access to a workspace gets 404 for its secret and shared command; its Admin gets 200", async ({
  browser,
  baseURL,
}) => {
  const { password, member1, member2, sideSecret, sideCommand } = seeded.isolated;
  const paths = [...secretPages(sideSecret.id), ...commandPages(sideCommand.id)];
  const outsider = await pageFor(browser, baseURL, member2, password);
  await expectStatus(outsider, paths, 404, [sideSecret.name, sideCommand.name]);
  await expectStatus(await pageFor(browser, baseURL, member1, password), paths, 200);
});

test("Settings sections a role may not open answer 404; the Account Holder gets 200", async ({
  bobPage,
  alicePage,
  managerPage,
  holderPage,
}) => {
  for (const member of [bobPage, alicePage]) {
    await expectStatus(
      member,
      SETTINGS.filter((s) => !MEMBER_SETTINGS.includes(s)),
      404,
    );
    await expectStatus(member, MEMBER_SETTINGS, 200);
  }
  await expectStatus(
    managerPage,
    SETTINGS.filter((s) => !MANAGER_SETTINGS.includes(s)),
    404,
  );
  await expectStatus(managerPage, MANAGER_SETTINGS, 200);
  await expectStatus(holderPage, SETTINGS, 200);
});

test("nonexistent and malformed ids answer 404, not 500", async ({ holderPage }) => {
  const ids = ["not-a-real-id", "%00", "c0000000000000000000000000", "a%2Fb", "x".repeat(300)];
  await expectStatus(
    holderPage,
    ids.flatMap((id) => [...secretPages(id), ...commandPages(id)]),
    404,
  );
});

test("signed-out requests for these pages still go to the sign-in page", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const p of [...secretPages(seeded.demo.personalSecret.id), "/settings/members", "/secrets/not-a-real-id"]) {
    const response = await anonymous.get(p, { maxRedirects: 0 });
    expect.soft(response.status(), p).toBe(307);
    expect.soft(response.headers().location ?? "", p).toMatch(/\/login\?callbackUrl=/);
  }
  await anonymous.dispose();
});
