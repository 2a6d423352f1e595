import { describe, expect, it } from "vitest";
import { describeUserAgent } from "./device.ts";

describe("describeUserAgent", () => {
  it("names the common browsers and systems", () => {
    const chromeLinux =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
    expect(describeUserAgent(chromeLinux)).toBe("Chrome on Linux");
    expect(describeUserAgent(chromeLinux.replace("Chrome/", "HeadlessChrome/"))).toBe("Chrome on Linux");
    const edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140 Safari/537.36 Edg/140";
    expect(describeUserAgent(edge)).toBe("Edge on Windows");
    const safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile/15E148 Safari/604.1";
    expect(describeUserAgent(safari)).toBe("Safari on iOS");
    expect(
      describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:131.0) Gecko/20100101 Firefox/131.0"),
    ).toBe("Firefox on macOS");
  });

  it("keeps an unknown agent's own (shortened) text, and says when there is none", () => {
    expect(describeUserAgent("deploy-bot/1.0")).toBe("deploy-bot/1.0");
    expect(describeUserAgent("x".repeat(100))).toHaveLength(58);
    expect(describeUserAgent(null)).toBe("Unknown device");
    expect(describeUserAgent("  ")).toBe("Unknown device");
  });
});
