// Single sign-on is configured all-or-none: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET
// together, or none of them. One or two of them set is a mistake that must stop the start-up,
// not silently turn SSO off. Plain JavaScript: the production server (scripts/server.mjs) checks
// it before Next.js loads; lib/env refuses the same configuration in every other process.

export const OIDC_REQUIRED_SETTINGS = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"];

const isSet = (v) => typeof v === "string" && v.trim() !== "";

/** The OIDC settings missing from a partial configuration ([] when all or none are set). */
export function missingOidcSettings(vars) {
  const missing = OIDC_REQUIRED_SETTINGS.filter((name) => !isSet(vars[name]));
  return missing.length === OIDC_REQUIRED_SETTINGS.length ? [] : missing;
}

/** The start-up refusal for a partial OIDC configuration, or null when it is complete or absent. */
export function oidcSettingsProblem(vars) {
  const missing = missingOidcSettings(vars);
  if (missing.length === 0) return null;
  const set = OIDC_REQUIRED_SETTINGS.filter((name) => !missing.includes(name));
  return (
    `Single sign-on is half configured: ${set.join(" and ")} ${set.length === 1 ? "is" : "are"} set but ` +
    `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing. ` +
    "Set all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET to enable SSO, or none to disable it."
  );
}
