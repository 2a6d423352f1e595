import { describe, expect, it } from "vitest";
import { createEnvironmentSchema, slugFromName } from "./schema.ts";

describe("environment slugs", () => {
  it("are derived from the name when left empty", () => {
    expect(slugFromName("Test Live 2")).toBe("test-live-2");
    expect(slugFromName("  Pré-prod!! ")).toBe("pre-prod");
    expect(createEnvironmentSchema.parse({ orgId: "o1", name: "Live", slug: "" }).slug).toBe("live");
  });
  it("must be lowercase letters, digits and '-'", () => {
    const r = createEnvironmentSchema.safeParse({ orgId: "o1", name: "Live", slug: "Live Env" });
    expect(r.success).toBe(false);
    expect(createEnvironmentSchema.safeParse({ orgId: "o1", name: "!!!" }).success).toBe(false);
  });
});
