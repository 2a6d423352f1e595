import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The pipeline's session and request lookups are not needed by the public tier's parse step.
vi.mock("../auth/request-info.ts", () => ({ getRequestInfo: async () => ({ ip: null, userAgent: null }) }));
vi.mock("../auth/session.ts", () => ({ requireSessionUser: async () => ({ id: "u1" }) }));
const redirect = vi.hoisted(() =>
  vi.fn((to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  }),
);
vi.mock("next/navigation", () => ({ redirect }));

import { defineAction, publicAction } from "./action.ts";
import { formAction } from "./form-action.ts";
import { EMPTY_FORM_STATE, fieldError, formError } from "./form-state.ts";

const schema = z.object({
  email: z.string().min(1, "Enter your e-mail address."),
  password: z.string().min(1, "Enter your password."),
});

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe("formAction", () => {
  it("parses the FormData's text fields with the action's schema and keeps what was typed, but no secret field", async () => {
    const seen: unknown[] = [];
    const action = formAction(
      publicAction(schema, async (input) => {
        seen.push(input);
        return { email: input.email };
      }),
      { secretFields: ["password"] },
    );
    const ok = await action(EMPTY_FORM_STATE, form({ email: "a@b.test", password: "pw", $ACTION_KEY: "k1" }));
    expect(ok).toEqual({ result: { ok: true, data: { email: "a@b.test" } }, values: { email: "a@b.test" } });
    expect(seen).toEqual([{ email: "a@b.test", password: "pw" }]);

    const refused = await action(EMPTY_FORM_STATE, form({ email: "", password: "secret-typed" }));
    expect(fieldError(refused, "email")).toBe("Enter your e-mail address.");
    expect(formError(refused)).toBe("Check the highlighted fields.");
    expect(refused.values).toEqual({ email: "" });
    expect(JSON.stringify(refused)).not.toContain("secret-typed");
    expect(seen).toHaveLength(1);
  });

  it("never reads the previous state the client hands it", async () => {
    const action = formAction(publicAction(schema, async (input) => input.email));
    const forged = { result: { ok: true as const, data: "forged" }, values: { email: "forged@x.test" } };
    const answer = await action(forged, form({ email: "real@x.test", password: "pw" }));
    expect(answer.result).toEqual({ ok: true, data: "real@x.test" });
  });

  it("redirects after a success only", async () => {
    const action = formAction(
      publicAction(schema, async () => ({ to: "/secrets" })),
      { redirectTo: (d) => d.to },
    );
    await expect(action(EMPTY_FORM_STATE, form({ email: "a@b.test", password: "pw" }))).rejects.toMatchObject({
      to: "/secrets",
    });
    const refused = await action(EMPTY_FORM_STATE, form({ email: "", password: "" }));
    expect(refused.result?.ok).toBe(false);
    expect(redirect).toHaveBeenCalledTimes(1);
  });

  it("wraps only actions of the pipeline, and pipeline actions refuse FormData as their input", async () => {
    expect(() => formAction(async () => ({ ok: true as const, data: 1 }))).toThrow(/action pipeline/);
    const plain = defineAction(z.object({ name: z.string().optional() }), async () => "ran");
    const answer = await plain(form({ name: "x" }) as never);
    expect(answer).toMatchObject({ ok: false, code: "invalid_input" });
  });
});
