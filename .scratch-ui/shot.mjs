import { chromium } from "@playwright/test";
const [,, email, path, out, ...steps] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const page = await browser.newPage({ baseURL: "http://127.0.0.1:3210", viewport: { width: 1300, height: 1000 } });
page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
page.on("console", (m) => { if (m.type() === "error") console.log("CONSOLE", m.text()); });
await page.goto("/login");
await page.getByLabel("E-mail", { exact: true }).fill(email);
await page.getByLabel("Password", { exact: true }).fill("correct-horse-battery");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/secrets/, { timeout: 60000 });
await page.goto(path, { timeout: 120000 });
for (const s of steps) { await eval(`(async () => { ${s} })()`); }
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
console.log(page.url());
await browser.close();
