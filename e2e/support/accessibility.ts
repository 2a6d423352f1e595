// The accessibility check of e2e/accessibility.spec.ts: axe-core (through @axe-core/playwright)
// with the WCAG 2.0 / 2.1 A and AA rules on the page as it is now, failing on every violation
// of impact "serious" or "critical" with the rule, its help text and the offending elements.
// playwright.config.ts runs the spec in light and in dark mode.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "../fixtures.ts";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per violation and one per offending element: what to fix, and where. */
export function describeViolations(violations: Violation[]): string[] {
  return violations.map((v) => {
    const nodes = v.nodes.map((n) => {
      const why = (n.failureSummary ?? "").replace(/\s+/g, " ").trim();
      return `    - ${n.target.join(" ")}: ${why}`;
    });
    return [`${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`, ...nodes].join("\n");
  });
}

/** Runs axe on the page and expects no serious or critical WCAG 2.1 A/AA violations. */
export async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  // Light or dark: the palette in use (the browser's preference, or the theme chosen in the user menu).
  const mode = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  expect(describeViolations(blocking), `serious or critical accessibility violations on ${screen} (${mode})`).toEqual(
    [],
  );
}
