import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { refuseHostileAction } from "./action-guard.ts";

const BASE = "http://127.0.0.1:3000";
const MiB = 1024 * 1024;

/** A POST as Next's client sends an action call (FormData bodies get their multipart type). */
function call(body: BodyInit, headers: Record<string, string> = {}) {
  const type: Record<string, string> = body instanceof FormData ? {} : { "content-type": "text/plain" };
  return new NextRequest(`${BASE}/secrets`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", origin: BASE, "next-action": "7f00", ...type, ...headers },
    body,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
}

async function refusal(req: NextRequest) {
  const res = await refuseHostileAction(req);
  return res && { status: res.status, message: ((await res.json()) as { error: { message: string } }).error.message };
}

describe("refuseHostileAction", () => {
  it("lets a well-formed call through, its body still whole for Next", async () => {
    const req = call('[{"name":"db"}]');
    expect(await refuseHostileAction(req)).toBeUndefined();
    expect(await req.text()).toBe('[{"name":"db"}]');
  });

  it("refuses another origin, an opaque one and none with 403", async () => {
    for (const origin of ["http://evil.example", "null", "x"]) {
      const refused = { status: 403, message: "Cross-site requests are refused." };
      expect(await refusal(call("[]", { origin }))).toEqual(refused);
    }
  });

  it("refuses a body over 2 MiB with 413, declared or streamed", async () => {
    const tooLarge = { status: 413, message: "The request is too large: at most 2 MiB." };
    expect(await refusal(call("x".repeat(2 * MiB + 1)))).toEqual(tooLarge);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 9; i++) c.enqueue(new Uint8Array(MiB / 4));
        c.close();
      },
    });
    expect(await refusal(call(stream))).toEqual(tooLarge);
  });

  it("refuses what React's decoder would fail on with 400, in text and multipart bodies", async () => {
    expect((await refusal(call("[".repeat(1000) + "]".repeat(1000))))?.status).toBe(400);
    const form = new FormData();
    form.set("0", '["$Q1"]');
    expect(await refusal(call(form))).toEqual({
      status: 400,
      message: "The request holds a value this server does not accept.",
    });
  });

  it("lets a form posted without JavaScript through, checking the bound arguments it names", async () => {
    const req = (body: FormData) => {
      const r = call(body);
      r.headers.delete("next-action");
      return r;
    };
    const plain = new FormData();
    plain.set("$ACTION_ID_7f00", "");
    plain.set("workspaceId", "x");
    expect(await refuseHostileAction(req(plain))).toBeUndefined();
    // useActionState's form: the reference and its previous state, as React renders them.
    const bound = new FormData();
    bound.set("$ACTION_REF_1", "");
    bound.set("$ACTION_1:0", JSON.stringify({ id: "7f00", bound: "$@1" }));
    bound.set("$ACTION_1:1", JSON.stringify([{ result: null, values: {} }]));
    bound.set("$ACTION_KEY", "k0123");
    bound.set("email", "a@b.test");
    expect(await refuseHostileAction(req(bound))).toBeUndefined();
    const missing = new FormData();
    missing.set("$ACTION_REF_1", "");
    missing.set("$ACTION_1:0", JSON.stringify({ id: "7f00", bound: "$@2" }));
    expect(await refusal(req(missing))).toEqual({
      status: 400,
      message: "The request holds a value this server does not accept.",
    });
    const deep = new FormData();
    deep.set("$ACTION_REF_1", "");
    deep.set("$ACTION_1:0", "[".repeat(100) + "]".repeat(100));
    expect((await refusal(req(deep)))?.status).toBe(400);
    const upload = new FormData();
    upload.set("file", new Blob(["x"]), "x.txt");
    expect(await refuseHostileAction(req(upload))).toBeUndefined();
    const get = new NextRequest(`${BASE}/secrets`, { headers: { origin: "http://evil.example" } });
    expect(await refuseHostileAction(get)).toBeUndefined();
  });
});
