// The QA test hooks: 404 without STRONGROOM_TEST_HOOKS; with it, the clock moves and answers
// the test time, a sweep can be limited to one organization, and moving back resets nothing else.
import { afterAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "../../lib/env/index.ts";
import { clockOffsetMs, resetClock } from "../../lib/lifecycle/clock.ts";
import { POST as clockPost, GET as clockGet } from "../../app/api/test/clock/route.ts";
import { POST as sweepPost } from "../../app/api/test/sweep/route.ts";
import { apiKeyInput, orgFixture } from "../support/org.ts";
import { registerAt } from "../support/lifecycle.ts";
import { db } from "../../lib/db/index.ts";
import { DAY_MS } from "../../lib/time/days.ts";

const json = (body: unknown) =>
  new Request("http://test/api/test", {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
const withHooks = (on: boolean) => {
  if (on) process.env.STRONGROOM_TEST_HOOKS = "1";
  else delete process.env.STRONGROOM_TEST_HOOKS;
  resetEnvCache();
};

afterAll(() => {
  resetClock();
  withHooks(false);
});

describe("test hooks", () => {
  it("answer 404 when STRONGROOM_TEST_HOOKS is not set", async () => {
    withHooks(false);
    expect((await clockPost(json({ advanceDays: 1 }))).status).toBe(404);
    expect((await clockGet()).status).toBe(404);
    expect((await sweepPost(json({}))).status).toBe(404);
    expect(clockOffsetMs()).toBe(0);
  });

  it("move the clock forward, to a date, and refuse anything else", async () => {
    withHooks(true);
    const moved = await (await clockPost(json({ advanceDays: 2 }))).json();
    expect(moved.offsetDays).toBeCloseTo(2, 2);
    expect(Math.abs(new Date(moved.now).getTime() - (Date.now() + 2 * DAY_MS))).toBeLessThan(5_000);
    const at = "2030-01-01T00:00:00.000Z";
    const set = await (await clockPost(json({ now: at }))).json();
    expect(Math.abs(new Date(set.now).getTime() - Date.parse(at))).toBeLessThan(5_000);
    expect((await clockPost(json({ advanceDays: "soon" }))).status).toBe(422);
    expect((await clockPost(json({ now: "tomorrow" }))).status).toBe(422);
    const back = await (await clockPost(json({ now: new Date().toISOString() }))).json();
    expect(Math.abs(back.offsetMs)).toBeLessThan(5_000);
  });

  it("sweep one organization only when asked to", async () => {
    withHooks(true);
    const mine = await orgFixture("hooks-a");
    const other = await orgFixture("hooks-b");
    const past = new Date(Date.now() - 31 * DAY_MS);
    const a = await registerAt(mine.actors.holder, apiKeyInput(mine, "old_key", "v"), past);
    const b = await registerAt(other.actors.holder, apiKeyInput(other, "old_key", "v"), past);
    const report = await (await sweepPost(json({ orgId: mine.orgId }))).json();
    expect(report.inactivated).toBe(1);
    expect((await db.secret.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("INACTIVE");
    expect((await db.secret.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("ACTIVE");
  });
});
