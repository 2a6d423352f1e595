import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, env, resetEnvCache } from "../env/index.ts";
import { oidcProvider } from "./oidc.ts";
import { missingOidcSettings, oidcSettingsProblem } from "./oidc-settings.mjs";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const FULL = { OIDC_ISSUER: "https://id.example.com/", OIDC_CLIENT_ID: "strongroom", OIDC_CLIENT_SECRET: "s3cret" };

function configure(vars: Record<string, string>) {
  for (const name of Object.keys(FULL)) delete process.env[name];
  Object.assign(process.env, vars);
  resetEnvCache();
}

describe("OIDC settings, all or none", () => {
  it("accepts all three or none (blank counts as unset)", () => {
    expect(missingOidcSettings(FULL)).toEqual([]);
    expect(missingOidcSettings({})).toEqual([]);
    expect(missingOidcSettings({ OIDC_ISSUER: " ", OIDC_CLIENT_ID: "", OIDC_NAME: "Keycloak" })).toEqual([]);
    expect(oidcSettingsProblem(FULL)).toBeNull();
  });

  it("names every missing setting of a partial configuration", () => {
    expect(missingOidcSettings({ OIDC_ISSUER: FULL.OIDC_ISSUER })).toEqual(["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]);
    expect(missingOidcSettings({ ...FULL, OIDC_CLIENT_SECRET: "  " })).toEqual(["OIDC_CLIENT_SECRET"]);
    expect(oidcSettingsProblem({ OIDC_ISSUER: FULL.OIDC_ISSUER, OIDC_CLIENT_ID: "strongroom" })).toBe(
      "Single sign-on is half configured: OIDC_ISSUER and OIDC_CLIENT_ID are set but OIDC_CLIENT_SECRET is missing. " +
        "Set all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET to enable SSO, or none to disable it.",
    );
  });

  it("stops the configuration from loading instead of silently disabling SSO", () => {
    configure({ OIDC_CLIENT_SECRET: "s3cret" });
    expect(() => env()).toThrow(ConfigError);
    expect(() => env()).toThrow(/OIDC_CLIENT_SECRET is set but OIDC_ISSUER and OIDC_CLIENT_ID are missing/);
    configure({});
    expect(oidcProvider(env())).toBeNull();
  });

  it("configures the provider with PKCE, state and nonce checks", () => {
    configure(FULL);
    const provider = oidcProvider(env())!;
    expect(provider).toMatchObject({ issuer: "https://id.example.com", clientId: "strongroom", idToken: true });
    expect([...provider.checks!].sort()).toEqual(["nonce", "pkce", "state"]);
  });
});
