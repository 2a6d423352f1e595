import { describe, expect, it } from "vitest";
import { listNavigationHref, listSubmitHref } from "./list-navigation.ts";

const origin = "http://localhost:3000";

describe("listNavigationHref", () => {
  it("takes a link to the same list with other search params", () => {
    expect(listNavigationHref(`${origin}/secrets?scope=PERSONAL&page=2`, origin, "/secrets")).toBe(
      "/secrets?scope=PERSONAL&page=2",
    );
    expect(listNavigationHref("/secrets", origin, "/secrets")).toBe("/secrets");
  });

  it("leaves links elsewhere, to other origins and to anchors to the browser", () => {
    expect(listNavigationHref(`${origin}/secrets/abc/edit`, origin, "/secrets")).toBeNull();
    expect(listNavigationHref("https://example.com/secrets", origin, "/secrets")).toBeNull();
    expect(listNavigationHref(`${origin}/quick-commands/c1#run`, origin, "/quick-commands")).toBeNull();
    expect(listNavigationHref(`${origin}/secrets#main`, origin, "/secrets")).toBeNull();
  });
});

describe("listSubmitHref", () => {
  it("builds the URL a GET form loads, keeping empty fields as the browser does", () => {
    const data = new FormData();
    data.append("action", "secret.create");
    data.append("outcome", "");
    expect(listSubmitHref(`${origin}/audit`, data, origin, "/audit")).toBe("/audit?action=secret.create&outcome=");
    expect(listSubmitHref(`${origin}/audit`, new FormData(), origin, "/audit")).toBe("/audit");
  });

  it("leaves a form that goes to another page alone", () => {
    expect(listSubmitHref(`${origin}/audit/export`, new FormData(), origin, "/audit")).toBeNull();
  });
});
