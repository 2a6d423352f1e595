// Hostile server action calls and Import requests (issue 13, finding 11) get a 4xx with a short
// message — never Next's 500 and never a stack trace: another origin (or none) → 403, a body
// over the limit → 413, a body React's decoder would choke on → 400. Sent by hand, signed in as
// the Account Holder, to the real production server.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

/** A server action's id in this build (Next's manifest of server references). */
function actionId(name: string): string {
  const file = path.join(__dirname, "../.next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!found) throw new Error(`No server action ${name} in the build`);
  return found[0];
}

const MiB = 1024 * 1024;

type Call = { body: string | Buffer; origin?: string | null; action?: string; path?: string; contentType?: string };

let baseURL: string;
test.beforeEach(({ baseURL: url }) => {
  baseURL = url!;
});

/** Calls a server action as Next's client does (text body), with the origin and body given. */
function callAction(page: Page, call: Call): Promise<APIResponse> {
  const headers: Record<string, string> = {
    "Next-Action": actionId(call.action ?? "switchWorkspace"),
    "Content-Type": call.contentType ?? "text/plain;charset=UTF-8",
    Accept: "text/x-component",
  };
  if (call.origin !== null) headers.Origin = call.origin ?? baseURL;
  return page.request.post(call.path ?? "/secrets", { headers, data: call.body, maxRedirects: 0 });
}

/** A 4xx with the API's error shape and `message`, and no stack frames anywhere. */
async function expectRefusal(res: APIResponse, status: number, message: string) {
  const text = await res.text();
  expect(res.status(), text.slice(0, 300)).toBe(status);
  expect(text).not.toMatch(/\n\s+at /);
  expect(JSON.parse(text)).toEqual({ error: { code: expect.any(String), message } });
}

const CROSS_SITE = "Cross-site requests are refused.";
const UNACCEPTED = "The request holds a value this server does not accept.";

test("server action calls from another origin, or from none, are refused with 403", async ({ holderPage: page }) => {
  for (const origin of ["http://evil.example", "null", "x", "", null]) {
    await expectRefusal(await callAction(page, { body: "[null]", origin }), 403, CROSS_SITE);
  }
  // Also where the action is posted to a page open without a session, or to a path with no page.
  const forged = { body: "[{}]", origin: "http://evil.example" };
  const invitation = { ...forged, action: "acceptInvitationAction", path: "/invitations/x" };
  await expectRefusal(await callAction(page, invitation), 403, CROSS_SITE);
  await expectRefusal(await callAction(page, { ...forged, path: "/api/v1/no-such-route" }), 403, CROSS_SITE);
  // A form posted without JavaScript (multipart, no Next-Action header).
  const form = await page.request.post("/login", {
    headers: { Origin: "http://evil.example" },
    multipart: { [`$ACTION_ID_${actionId("switchWorkspace")}`]: "", workspaceId: "x" },
  });
  await expectRefusal(form, 403, CROSS_SITE);
});

test("server action bodies over the limit are refused with 413, chunked ones too", async ({ holderPage: page }) => {
  const tooLarge = "The request is too large: at most 2 MiB.";
  for (const size of [2 * MiB, 10 * MiB]) {
    await expectRefusal(await callAction(page, { body: JSON.stringify(["x".repeat(size)]) }), 413, tooLarge);
  }
  // No Content-Length: the limit holds while the body streams in.
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const chunks = 12;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('["'));
      for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(MiB / 4).fill(0x78));
      controller.enqueue(new TextEncoder().encode('"]'));
      controller.close();
    },
  });
  const headers = { "Next-Action": actionId("switchWorkspace"), Origin: baseURL, Cookie: cookies };
  const res = await fetch(`${baseURL}/secrets`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "text/plain" },
    body: stream,
    duplex: "half",
  } as RequestInit);
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBe(413);
  expect(JSON.parse(text).error.message).toBe(tooLarge);

  // 1 MiB is within the limit (a Key/Value set may hold 1 MiB of values): the action itself answers.
  const pad = JSON.stringify([{ pad: "x".repeat(MiB) }]);
  const within = await callAction(page, { action: "registerSecretAction", body: pad });
  expect(within.status()).toBe(200);
  expect(await within.text()).toContain('"ok":false');
});

test("server action bodies React's decoder would fail on are refused with 400", async ({ holderPage: page }) => {
  const deep = "[".repeat(100_000) + "]".repeat(100_000);
  const tooDeep = "The request is nested too deeply (at most 64 levels).";
  await expectRefusal(await callAction(page, { body: deep }), 400, tooDeep);
  // References to parts that are not there, and values no Strongroom action takes.
  for (const arg of ["$@0", "$@1", "$Q1", "$W1", "$B1", "$h1", "$i1", "$0:5", "$1", "$n12x", "$Aaa"]) {
    await expectRefusal(await callAction(page, { body: JSON.stringify([arg]) }), 400, UNACCEPTED);
  }
  await expectRefusal(await callAction(page, { body: "[not json" }), 400, "The request is not valid.");
  // The same references in a multipart reply; a form posted to an action without JavaScript.
  const multipart = await page.request.post("/secrets", {
    headers: { "Next-Action": actionId("switchWorkspace"), Origin: baseURL },
    multipart: { "0": JSON.stringify(["$Q2"]), "1": "[]" },
  });
  await expectRefusal(multipart, 400, UNACCEPTED);
  // A form posted without JavaScript whose bound arguments (useActionState's state) point nowhere.
  const unbound = await page.request.post("/login", {
    headers: { Origin: baseURL },
    multipart: {
      $ACTION_REF_1: "",
      "$ACTION_1:0": JSON.stringify({ id: actionId("signInAction"), bound: "$@5" }),
      email: "a@example.test",
    },
  });
  await expectRefusal(unbound, 400, UNACCEPTED);
  // Posted without JavaScript to an action that is no form's: it takes no FormData (its parse
  // refuses it), and the page is rendered as it was.
  const noScript = await page.request.post("/secrets", {
    headers: { Origin: baseURL },
    multipart: { [`$ACTION_ID_${actionId("switchWorkspace")}`]: "", workspaceId: "x" },
  });
  expect(noScript.status()).toBe(200);
  expect(await noScript.text()).toContain("Secrets Manager");
});

test("a well-formed server action call still goes through", async ({ holderPage: page }) => {
  // "All workspaces" (null), as the workspace switcher sends it.
  const res = await callAction(page, { body: JSON.stringify([null]) });
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('1:{"ok":true,"data":null}');
});

test("Import refuses an opaque or malformed Origin with 403", async ({ holderPage: page }) => {
  for (const origin of ["null", "x", "http://evil.example"]) {
    const headers = { Origin: origin, "Content-Type": "application/json" };
    const res = await page.request.post("/transfer/import", { headers, data: "{}" });
    await expectRefusal(res, 403, CROSS_SITE);
  }
});
