// The environment of the end-to-end test server (playwright.config.ts's webServer), also used by
// specs that start a server of their own (e2e/sign-in-security.spec.ts).
export function testServerEnv(baseURL: string, databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: process.env.STRONGROOM_E2E_NEXTAUTH_SECRET ?? "",
    STRONGROOM_MASTER_KEYS: process.env.STRONGROOM_E2E_MASTER_KEYS ?? "",
    STRONGROOM_MASTER_KEY_FILE: "",
    STRONGROOM_MASTER_KEY_CURRENT: "",
    // The tests rely on the documented defaults, whatever a developer's .env says.
    STRONGROOM_LOGIN_MAX_FAILURES: "5",
    STRONGROOM_LOCKOUT_MINUTES: "15",
    // The browser connects directly: the socket address is the client's (no trusted proxy).
    STRONGROOM_TRUST_PROXY: "",
    // The lifecycle spec moves this server's test clock and runs sweeps (e2e/lifecycle.spec.ts);
    // no background sweep, so that only those explicit sweeps change lifecycle state.
    STRONGROOM_TEST_HOOKS: "1",
    STRONGROOM_SWEEP_INTERVAL_SECONDS: "0",
    // Never send real mail or sign in through a real identity provider from tests.
    SMTP_URL: "",
    OIDC_ISSUER: "",
    OIDC_CLIENT_ID: "",
    OIDC_CLIENT_SECRET: "",
    NEXT_TELEMETRY_DISABLED: "1",
    // Quick Commands specs run against echo servers they start on 127.0.0.1 (random ports).
    STRONGROOM_EGRESS_ALLOW: "127.0.0.1",
  };
}
