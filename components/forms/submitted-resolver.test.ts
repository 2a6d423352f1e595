import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { FieldErrors } from "react-hook-form";
import { submittedResolver } from "./submitted-resolver.ts";

type Values = { label: string; count: string };
const schema = z.object({
  name: z.string().min(1, "Name is required."),
  count: z.number().int().min(1, "At least 1."),
});
const toInput = (v: Values) => ({ name: v.label.trim(), count: Number(v.count) });
const options = { fields: {}, shouldUseNativeValidation: false } as never;

describe("the resolver of forms whose values are not what they submit", () => {
  it("validates what would be submitted, with the server's schema", async () => {
    const resolve = submittedResolver<Values>(schema, toInput);
    const bad = await resolve({ label: "  ", count: "0" }, undefined, options);
    expect(bad.values).toEqual({});
    expect((bad.errors as Record<string, { message?: string }>).name?.message).toBe("Name is required.");
    expect((bad.errors as Record<string, { message?: string }>).count?.message).toBe("At least 1.");
  });
  it("hands over the form's values, or the submitted input when asked", async () => {
    const values = { label: " a ", count: "2" };
    expect((await submittedResolver<Values>(schema, toInput)(values, undefined, options)).values).toEqual(values);
    const input = await submittedResolver<Values>(schema, toInput, { passInput: true })(values, undefined, options);
    expect(input.values).toEqual({ name: "a", count: 2 });
  });
  it("moves errors to the fields that show them", async () => {
    const remapErrors = (e: FieldErrors<Values>) => ({ label: (e as Record<string, unknown>).name }) as never;
    const resolve = submittedResolver<Values>(schema, toInput, { remapErrors });
    const bad = await resolve({ label: "", count: "1" }, undefined, options);
    expect(Object.keys(bad.errors)).toEqual(["label"]);
    expect(bad.errors.label?.message).toBe("Name is required.");
  });
});
