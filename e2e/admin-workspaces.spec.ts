// Settings → Workspaces and Spots (issue 8 §2–3): workspace membership decides, at once, whose
// Secrets Manager lists the workspace's secrets; a Spot in use cannot be deleted.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createTestOrganization, DEMO_USERS, expect, test, type TestOrganization } from "./fixtures.ts";
import { holderOf, pageFor, unique } from "./support/admin.ts";
import { importFile } from "./support/import-file.ts";

test("adding and removing a workspace member changes their listing at once", async ({ browser, baseURL }) => {
  const org = createTestOrganization("e2e-ws");
  const holder = await holderOf(browser, baseURL, org);
  const ws = unique("Ops");
  await holder.goto("/settings/workspaces");
  await holder.getByLabel("Name", { exact: true }).fill(ws);
  await holder.getByRole("button", { name: "Create workspace" }).click();
  const card = holder.getByRole("region", { name: ws });
  await expect(card).toBeVisible();
  await importFile(holder, {
    location: `Workspace ${ws}`,
    environment: "Production",
    name: "ops.env",
    content: "OPS_DEPLOY_KEY=abc123\n",
  });

  const member = await pageFor(browser, baseURL, org.users.member2.email, org.password);
  await member.goto("/secrets");
  await expect(member.getByRole("link", { name: "OPS_DEPLOY_KEY", exact: true })).toHaveCount(0);

  await holder.goto("/settings/workspaces");
  await card
    .getByLabel("Member", { exact: true })
    .selectOption({ label: `${org.users.member2.name} (${org.users.member2.email})` });
  await card.getByLabel("Role", { exact: true }).last().selectOption({ label: "Member" });
  await card.getByRole("button", { name: "Add member" }).click();
  await expect(card.getByRole("table", { name: `Members of ${ws}` })).toContainText(org.users.member2.email);
  await member.goto("/secrets");
  await expect(member.getByRole("link", { name: "OPS_DEPLOY_KEY", exact: true })).toBeVisible();

  await card.getByRole("button", { name: `Remove ${org.users.member2.name} from ${ws}` }).click();
  await holder.getByRole("alertdialog").getByRole("button", { name: "Remove from workspace" }).click();
  await expect(card.getByText("No members yet.")).toBeVisible();
  await member.goto("/secrets");
  await expect(member.getByRole("link", { name: "OPS_DEPLOY_KEY", exact: true })).toHaveCount(0);
});

test("a Spot that secrets are restricted to cannot be deleted; an unused one can", async ({ browser, baseURL }) => {
  const root = path.resolve(__dirname, "..");
  const org = JSON.parse(
    execFileSync(
      path.join(root, "node_modules/.bin/tsx"),
      ["--conditions=react-server", path.join(__dirname, "support/spot-fixture.ts"), "e2e-spot"],
      {
        cwd: root,
        // The value is encrypted with the test server's master keys (scripts/test-e2e.mjs).
        env: {
          ...process.env,
          STRONGROOM_MASTER_KEYS: process.env.STRONGROOM_E2E_MASTER_KEYS,
          STRONGROOM_MASTER_KEY_FILE: "",
        },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      },
    ),
  ) as TestOrganization;
  const holder = await holderOf(browser, baseURL, org);
  await holder.goto("/settings/spots");
  await holder.getByRole("button", { name: "Delete Alpha" }).click();
  await holder.getByRole("alertdialog").getByRole("button", { name: "Delete Spot" }).click();
  const refusal = holder.getByRole("alertdialog").getByRole("alert");
  await expect(refusal).toContainText('The Spot "Alpha" cannot be deleted: 1 secret is restricted to it.');
  await expect(refusal).toContainText("alpha_only_key");
  await holder.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await holder.getByRole("button", { name: "Delete Beta" }).click();
  await holder.getByRole("alertdialog").getByRole("button", { name: "Delete Spot" }).click();
  await expect(holder.getByText("The Spot Beta was deleted.")).toBeVisible();
  await expect(holder.getByRole("region", { name: "Beta" })).toHaveCount(0);
});

test("a workspace name that differs only in case from another is refused on the field, and kept", async ({
  browser,
  baseURL,
}) => {
  const org = createTestOrganization("e2e-ws-case");
  const holder = await holderOf(browser, baseURL, org);
  const ws = unique("Ops");
  await holder.goto("/settings/workspaces");
  await holder.getByLabel("Name", { exact: true }).fill(ws);
  await holder.getByRole("button", { name: "Create workspace" }).click();
  await expect(holder.getByRole("region", { name: ws })).toBeVisible();
  await holder.getByLabel("Name", { exact: true }).fill(ws.toUpperCase());
  await holder.getByRole("button", { name: "Create workspace" }).click();
  await expect(holder.getByText(`A workspace named "${ws.toUpperCase()}" already exists.`).first()).toBeVisible();
  await expect(holder.getByLabel("Name", { exact: true })).toHaveValue(ws.toUpperCase());
  await expect(holder.getByRole("region", { name: ws.toUpperCase(), exact: true })).toHaveCount(0);
});

test("a workspace Admin manages its members in Settings; its Member sees them; outside it, nothing", async ({
  browser,
  baseURL,
}) => {
  const org = createTestOrganization("e2e-ws-admin");
  const { member1, member2, manager } = org.users;
  const admin = await pageFor(browser, baseURL, member1.email, org.password);
  await admin.goto("/settings");
  await expect(admin).toHaveURL(/\/settings\/workspaces$/);
  const tabs = admin.getByRole("navigation", { name: "Settings" });
  await expect(tabs.getByRole("link", { name: "Workspaces" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link")).toHaveCount(1);
  const card = admin.getByRole("region", { name: "Main" });
  const members = card.getByRole("table", { name: "Members of Main" });
  await expect(members).toContainText(member2.email);
  // Managing the workspace itself stays with the Account Holders.
  await expect(admin.getByRole("button", { name: "Create workspace" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Rename Main" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Archive Main" })).toHaveCount(0);
  expect((await admin.request.get("/settings/spots", { maxRedirects: 0 })).status()).toBe(404);

  await card.getByLabel("Member", { exact: true }).selectOption({ label: `${manager.name} (${manager.email})` });
  await card.getByRole("button", { name: "Add member" }).click();
  await expect(admin.getByText(`${manager.name} was added to Main.`)).toBeVisible();
  const managerRow = members.getByRole("row").filter({ hasText: manager.email });
  await managerRow.getByLabel("Role", { exact: true }).selectOption({ label: "Admin" });
  await expect(admin.getByText(`${manager.name} is now Admin of Main.`)).toBeVisible();
  await expect(managerRow.getByLabel("Role", { exact: true })).toHaveValue("ADMIN");

  const member = await pageFor(browser, baseURL, member2.email, org.password);
  await member.goto("/settings/workspaces");
  const seen = member.getByRole("table", { name: "Members of Main" });
  await expect(seen.getByRole("row").filter({ hasText: manager.email })).toContainText("Admin");
  await expect(seen.getByRole("row").filter({ hasText: member1.email })).toContainText("Admin");
  await expect(seen.getByLabel("Role")).toHaveCount(0);
  await expect(member.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  await expect(member.getByRole("button", { name: "Add member" })).toHaveCount(0);

  await card.getByRole("button", { name: `Remove ${member2.name} from Main` }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Remove from workspace" }).click();
  await expect(admin.getByText(`${member2.name} was removed from Main.`)).toBeVisible();
  // In no workspace: the section does not exist for them (HTTP 404), and Settings says so.
  expect((await member.goto("/settings/workspaces"))?.status()).toBe(404);
  await member.goto("/settings");
  await expect(member.getByText("Nothing to manage here")).toBeVisible();
  await expect(member.getByRole("navigation", { name: "Settings" }).getByRole("link")).toHaveCount(0);
  // Nothing behind it: the main navigation leaves Settings out; a workspace Member still has it.
  await expect(member.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
});

test("Alice, Admin of Payments, sees and may manage its members; Bob, its Member, sees them read-only", async ({
  alicePage,
  bobPage,
}) => {
  const { alice, bob } = DEMO_USERS;
  await alicePage.goto("/settings");
  await expect(alicePage).toHaveURL(/\/settings\/workspaces$/);
  const aliceView = alicePage.getByRole("table", { name: "Members of Payments" });
  await expect(aliceView.getByRole("row").filter({ hasText: bob.email }).getByLabel("Role")).toHaveValue("MEMBER");
  await expect(alicePage.getByRole("button", { name: `Remove ${bob.name} from Payments` })).toBeVisible();
  const payments = alicePage.getByRole("region", { name: "Payments" });
  await expect(payments.getByRole("button", { name: "Add member" })).toBeVisible();

  await bobPage.goto("/settings");
  await expect(bobPage).toHaveURL(/\/settings\/workspaces$/);
  const bobView = bobPage.getByRole("table", { name: "Members of Payments" });
  await expect(bobView.getByRole("row").filter({ hasText: alice.email })).toContainText("Admin");
  await expect(bobView.getByRole("row").filter({ hasText: bob.email })).toContainText("Member");
  await expect(bobPage.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  await expect(bobPage.getByRole("button", { name: "Add member" })).toHaveCount(0);
});
