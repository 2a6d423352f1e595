import { describe, expect, it } from "vitest";
import { z } from "zod";
import { descriptionSchema, expirationDateSchema, NAME_ADVICE, secretNameSchema } from "./secret-input.ts";

const messages = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("secretNameSchema", () => {
  it.each(["stripe_api_key", "Stripe.Key-2", "a", "x".repeat(128)])("accepts %s", (name) => {
    expect(secretNameSchema.parse(name)).toBe(name);
  });
  it("refuses and advises lowercase with underscores", () => {
    const advice =
      "Secret name may contain only letters, digits, '_', '.' and '-' (no spaces). Use lowercase with underscores, e.g. stripe_api_key.";
    expect(messages(secretNameSchema, "stripe api key")).toEqual([advice]);
    expect(messages(secretNameSchema, "clé")).toEqual([advice]);
    expect(messages(secretNameSchema, " key")).toEqual([advice]);
    expect(messages(secretNameSchema, "")).toEqual(["Secret name is required."]);
    expect(messages(secretNameSchema, undefined)).toEqual(["Secret name is required."]);
    expect(messages(secretNameSchema, "x".repeat(129))).toEqual(["Secret name is too long: at most 128 characters."]);
    expect(NAME_ADVICE).toContain("stripe_api_key");
  });
  it.each([".", "..", "...", ".".repeat(128)])("refuses %j, a name made only of dots", (name) => {
    expect(messages(secretNameSchema, name)).toEqual([
      "Secret name cannot be made only of dots: include a letter or digit, e.g. stripe_api_key.",
    ]);
  });
  it.each([".env", "a..b", "..x", "x."])("accepts %j, which has more than dots", (name) => {
    expect(secretNameSchema.parse(name)).toBe(name);
  });
});

describe("descriptionSchema", () => {
  it("is optional, trimmed, at most 1000 characters", () => {
    expect(descriptionSchema.parse(undefined)).toBeUndefined();
    expect(descriptionSchema.parse("  ")).toBeUndefined();
    expect(descriptionSchema.parse(" Stripe live key ")).toBe("Stripe live key");
    expect(descriptionSchema.parse("d".repeat(1000))).toHaveLength(1000);
    expect(messages(descriptionSchema, "d".repeat(1001))).toEqual([
      "Description is too long: at most 1000 characters.",
    ]);
  });
});

describe("expirationDateSchema", () => {
  it("accepts a date input value, an ISO date-time or a Date", () => {
    expect(expirationDateSchema.parse("2030-05-31")).toEqual(new Date("2030-05-31T00:00:00.000Z"));
    expect(expirationDateSchema.parse("2030-05-31")?.toISOString().slice(0, 10)).toBe("2030-05-31");
    expect(expirationDateSchema.parse("2030-05-31T12:00:00+02:00")).toEqual(new Date("2030-05-31T10:00:00Z"));
    const date = new Date("2031-01-01T00:00:00Z");
    expect(expirationDateSchema.parse(date)).toEqual(date);
  });
  it("treats empty as none", () => {
    for (const none of [undefined, null, ""]) expect(expirationDateSchema.parse(none)).toBeUndefined();
  });
  it("refuses other text and invalid dates", () => {
    const message = ["Enter the expiration date as a date (YYYY-MM-DD)."];
    expect(messages(expirationDateSchema, "31/05/2030")).toEqual(message);
    expect(messages(expirationDateSchema, "2030-02-30")).toEqual(message);
    expect(messages(expirationDateSchema, new Date("nope"))).toEqual(message);
    expect(messages(expirationDateSchema, 1767225600000)).toEqual(message);
    expect(messages(expirationDateSchema, "2029-02-29")).toEqual(message);
    expect(messages(expirationDateSchema, "2030-04-31T00:00:00Z")).toEqual(message);
  });
  it("refuses absurd years: before 2000 or after 9999", () => {
    const range = ["Enter an expiration date between 2000-01-01 and 9999-12-31."];
    for (const v of [
      "0000-01-01",
      "1999-12-31",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:00:00-05:00",
      new Date(Date.UTC(10000, 0, 1)),
      new Date(-8.64e15),
    ]) {
      expect(messages(expirationDateSchema, v)).toEqual(range);
    }
    expect(expirationDateSchema.parse("2000-01-01")).toEqual(new Date("2000-01-01T00:00:00Z"));
    expect(expirationDateSchema.parse("9999-12-31")).toEqual(new Date("9999-12-31T00:00:00Z"));
    expect(expirationDateSchema.parse("2028-02-29")).toEqual(new Date("2028-02-29T00:00:00Z"));
  });
});
