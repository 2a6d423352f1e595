import { describe, expect, it } from "vitest";
import { buildInjection } from "./injection.ts";

const PROTO_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
const kv = (keys: string[]) => ({ pairs: keys.map((key, i) => ({ key, value: `v${i}` })) });

describe("buildInjection", () => {
  it("keeps Key/Value keys named like Object.prototype members as ordinary keys", () => {
    const { fields } = buildInjection("KEY_VALUE", { type: "KEY_VALUE" }, kv(PROTO_KEYS));
    expect(Object.keys(fields)).toEqual(PROTO_KEYS);
    expect(PROTO_KEYS.map((k) => Object.hasOwn(fields, k) && fields[k])).toEqual(["v0", "v1", "v2", "v3", "v4"]);
    expect(Object.getPrototypeOf(fields)).toBeNull();
    // What the resolve API sends and a client reads back.
    expect(Object.entries(JSON.parse(JSON.stringify(fields)))).toEqual(PROTO_KEYS.map((k, i) => [k, `v${i}`]));
  });
  it("finds nothing on Object.prototype for keys the secret does not have", () => {
    const { fields, headers } = buildInjection("KEY_VALUE", { type: "KEY_VALUE" }, kv(["A"]));
    expect([fields.constructor, fields.toString, headers.constructor]).toEqual([undefined, undefined, undefined]);
  });
  it("keeps a header named __proto__", () => {
    const { headers } = buildInjection("API_KEY", { type: "API_KEY", headerName: "__proto__" }, { value: "k" });
    expect(Object.entries(headers)).toEqual([["__proto__", "k"]]);
  });
});
