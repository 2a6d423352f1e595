import { describe, expect, it } from "vitest";
import { parseTheme, themeClassName, themeCookie, themeFromCookies } from "./theme.ts";

describe("theme cookie", () => {
  it("reads light and dark, and anything else as the system theme", () => {
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("dark")).toBe("dark");
    for (const other of [undefined, "", "system", "DARK", "dark; x=1", "<script>"]) {
      expect(parseTheme(other)).toBe("system");
    }
  });

  it("finds the theme among other cookies", () => {
    expect(themeFromCookies("a=1; strongroom-theme=dark; b=2")).toBe("dark");
    expect(themeFromCookies("strongroom-theme=light")).toBe("light");
    expect(themeFromCookies("not-strongroom-theme=dark; b=2")).toBe("system");
    expect(themeFromCookies("")).toBe("system");
  });

  it("puts a class on <html> only for an explicit choice", () => {
    expect(themeClassName("dark")).toBe("dark");
    expect(themeClassName("light")).toBe("light");
    expect(themeClassName("system")).toBeUndefined();
  });

  it("remembers a choice for a year on every path and forgets it for the system theme", () => {
    expect(themeCookie("dark")).toBe("strongroom-theme=dark; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(themeCookie("system")).toMatch(/^strongroom-theme=system; Path=\/; Max-Age=0;/);
  });
});
