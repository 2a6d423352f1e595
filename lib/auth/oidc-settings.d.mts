export declare const OIDC_REQUIRED_SETTINGS: readonly ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"];
export declare function missingOidcSettings(vars: Readonly<Record<string, unknown>>): string[];
export declare function oidcSettingsProblem(vars: Readonly<Record<string, unknown>>): string | null;
