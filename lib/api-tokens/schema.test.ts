import { describe, expect, it } from "vitest";
import { ALL_OR_SOME_MESSAGE, CHOOSE_ENVIRONMENTS_MESSAGE, createApiTokenSchema } from "./schema.ts";

const base = { orgId: "o1", name: "deploy", permissions: ["read"] };
const messages = (input: object) =>
  createApiTokenSchema.safeParse({ ...base, ...input }).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("createApiTokenSchema: the environments", () => {
  it("refuses no choice (what an untouched form sends: no box ticked) instead of reading it as all", () => {
    expect(messages({})).toEqual([["environmentIds", CHOOSE_ENVIRONMENTS_MESSAGE]]);
    expect(messages({ environmentIds: false, allEnvironments: false })).toEqual([
      ["environmentIds", CHOOSE_ENVIRONMENTS_MESSAGE],
    ]);
  });

  it("takes single environments, or All environments, but not both", () => {
    expect(messages({ environmentIds: "e1" })).toEqual([]);
    expect(messages({ environmentIds: ["e1", "e2"] })).toEqual([]);
    expect(messages({ allEnvironments: true })).toEqual([]);
    expect(messages({ environmentIds: ["e1"], allEnvironments: true })).toEqual([
      ["environmentIds", ALL_OR_SOME_MESSAGE],
    ]);
  });
});
