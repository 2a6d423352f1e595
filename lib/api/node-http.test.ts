import type { IncomingMessage, ServerResponse } from "node:http";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { fromNodeRequest, sendAnswer } from "./node-http.ts";
import { MAX_BODY_BYTES } from "./read-body.ts";

function request(
  url: string,
  headers: Record<string, string | string[]> = {},
  body?: (string | Buffer)[],
): IncomingMessage {
  const stream = new PassThrough();
  Object.assign(stream, { url, method: "POST", headers });
  if (body) {
    for (const chunk of body) stream.write(chunk);
    stream.end();
  }
  return stream as unknown as IncomingMessage;
}

describe("fromNodeRequest", () => {
  it("splits path and query, also of an absolute-form target, and reads headers by lower-case name", () => {
    const r = fromNodeRequest(
      request("/api/v1/secrets/db/resolve?workspace=Payments&x=1", {
        "user-agent": "cli",
        "x-forwarded-for": ["a", "b"],
      }),
    );
    expect(r.path).toBe("/api/v1/secrets/db/resolve");
    expect(Object.fromEntries(r.query)).toEqual({ workspace: "Payments", x: "1" });
    expect(r.header("user-agent")).toBe("cli");
    expect(r.header("x-forwarded-for")).toBe("a, b");
    expect(r.header("authorization")).toBeNull();
    const abs = fromNodeRequest(request("http://strongroom.internal/api/v1/secrets/db/resolve?workspace=W"));
    expect(abs.path).toBe("/api/v1/secrets/db/resolve");
    expect(abs.query.get("workspace")).toBe("W");
  });

  it("parses a JSON body sent in several chunks", async () => {
    const r = fromNodeRequest(request("/x", {}, ['{"environment":', ' "production"}']));
    expect(await r.json()).toEqual({ environment: "production" });
  });

  it("refuses a body that is not JSON, or empty, with 422", async () => {
    await expect(fromNodeRequest(request("/x", {}, ["{environment:"])).json()).rejects.toMatchObject({
      status: 422,
      message: "The request body must be JSON.",
    });
    await expect(fromNodeRequest(request("/x", {}, [])).json()).rejects.toMatchObject({ status: 422 });
  });

  it("refuses more than the limit with 413: by Content-Length before reading, and while streaming without it", async () => {
    const declared = request("/x", { "content-length": String(MAX_BODY_BYTES + 1) });
    await expect(fromNodeRequest(declared).json()).rejects.toMatchObject({ status: 413, code: "payload_too_large" });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const streamed = request(
      "/x",
      {},
      Array.from({ length: 5 }, () => chunk),
    );
    await expect(fromNodeRequest(streamed).json()).rejects.toMatchObject({ status: 413 });
  });
});

describe("sendAnswer", () => {
  function response() {
    const sent: { status?: number; headers?: string[]; body?: string } = {};
    const res = {
      writeHead: (status: number, headers: string[]) => Object.assign(sent, { status, headers }),
      end: (body?: string) => Object.assign(sent, { body }),
    };
    return { res: res as unknown as ServerResponse, sent };
  }

  it("sends the extra headers, the answer's headers and the JSON body with its length", () => {
    const { res, sent } = response();
    sendAnswer(res, { status: 201, body: { ok: "é" }, headers: { "Cache-Control": "no-store" } }, [
      "X-Frame-Options",
      "DENY",
    ]);
    expect(sent.status).toBe(201);
    expect(sent.headers).toEqual([
      "X-Frame-Options",
      "DENY",
      "Cache-Control",
      "no-store",
      "content-type",
      "application/json",
      "content-length",
      "11",
    ]);
    expect(sent.body).toBe('{"ok":"é"}');
  });

  it("sends no body for an answer without one (204)", () => {
    const { res, sent } = response();
    sendAnswer(res, { status: 204, headers: { "Cache-Control": "no-store" } });
    expect(sent).toEqual({ status: 204, headers: ["Cache-Control", "no-store"], body: undefined });
  });
});
