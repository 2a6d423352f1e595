import { describe, expect, it } from "vitest";
import { linksPointElsewhere, publicUrlProblem } from "./public-url.mjs";

describe("publicUrlProblem", () => {
  it("warns when NEXTAUTH_URL is unset or not a URL", () => {
    expect(publicUrlProblem(undefined, { host: "0.0.0.0", port: 3000 }, 0)).toMatch(/^NEXTAUTH_URL is not set/);
    expect(publicUrlProblem("secrets", { host: "0.0.0.0", port: 3000 }, 1)).toMatch(/is not a URL/);
  });
  it("accepts the address the server listens on", () => {
    expect(publicUrlProblem("http://localhost:3000", { host: "0.0.0.0", port: 3000 }, 0)).toBeNull();
    expect(publicUrlProblem("http://127.0.0.1:3104", { host: "127.0.0.1", port: 3104 }, 0)).toBeNull();
    expect(publicUrlProblem("http://localhost:3104/", { host: "127.0.0.1", port: "3104" }, 0)).toBeNull();
  });
  it("warns when it differs from the listen address without a proxy in front", () => {
    expect(publicUrlProblem("http://localhost:3000", { host: "0.0.0.0", port: 3104 }, 0)).toBe(
      "NEXTAUTH_URL is http://localhost:3000, but this server listens on all interfaces, port 3104 " +
        "without a trusted proxy " +
        "(STRONGROOM_TRUST_PROXY): links in e-mails (invitations, reminders) point to http://localhost:3000. " +
        "Set NEXTAUTH_URL to the address people use.",
    );
    expect(publicUrlProblem("http://portal.example:3000", { host: "127.0.0.1", port: 3000 }, 0)).toMatch(
      /listens on 127\.0\.0\.1, port 3000/,
    );
  });
  it("trusts the proxy's public address", () => {
    expect(publicUrlProblem("https://secrets.example.com", { host: "127.0.0.1", port: 3000 }, 1)).toBeNull();
  });
});

describe("linksPointElsewhere", () => {
  it("compares origins", () => {
    expect(linksPointElsewhere("http://localhost:3000", "http://127.0.0.1:3104")).toBe(true);
    expect(linksPointElsewhere("http://localhost:3000/", "http://localhost:3000")).toBe(false);
    expect(linksPointElsewhere(undefined, "http://localhost:3000")).toBe(false);
  });
});
