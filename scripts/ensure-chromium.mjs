// Finds the Chromium the end-to-end tests drive (never Playwright's own download on our
// machines): STRONGROOM_CHROMIUM, else /usr/bin/chromium, else a browser that
// `npx playwright install chromium` put in its cache. When none is found and we are root with
// apt-get, installs Debian's chromium; otherwise says how to get one and exits 1.
// Usable as a module (`ensureChromium()` returns the path) or on its own.
import { accessSync, constants, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function playwrightDownload() {
  try {
    const { chromium } = createRequire(import.meta.url)("playwright-core");
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

function hasAptGet() {
  return spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

function installDebianChromium() {
  console.log("No Chromium found: installing Debian's chromium (apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "chromium"]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (r.status !== 0) return false;
  }
  return isExecutable(DEBIAN_CHROMIUM);
}

function explainAndExit(reason) {
  console.error(`
✘ ${reason}

The end-to-end tests need a Chromium browser. Get one of these:
  • Debian/Ubuntu (as root):   apt-get install -y chromium
  • where downloads work:      npx playwright install chromium
  • any other Chromium:        export STRONGROOM_CHROMIUM=/path/to/chromium
`);
  process.exit(1);
}

/** The path of a usable Chromium (exits the process with advice when there is none). */
export function ensureChromium() {
  const configured = process.env.STRONGROOM_CHROMIUM;
  if (configured) {
    if (isExecutable(configured)) return configured;
    explainAndExit(`STRONGROOM_CHROMIUM is set to ${configured}, which is not an executable file.`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const downloaded = playwrightDownload();
  if (downloaded) return downloaded;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && hasAptGet()) {
    if (installDebianChromium()) return DEBIAN_CHROMIUM;
    explainAndExit("Installing Debian's chromium with apt-get failed.");
  }
  explainAndExit(
    `No Chromium found at ${DEBIAN_CHROMIUM}${isRoot ? " and apt-get is not available" : " (not root, so not installing it)"}.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Chromium: ${ensureChromium()}`);
}
