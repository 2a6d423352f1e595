// Configuration, validated once (lazily, so `next build` does not need runtime secrets).
// Every process.env read of the application goes through here.
import "server-only";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { databaseUrl } from "./database-url.ts";
import { trustedProxyHops } from "../http/client-address.mjs";
import { oidcSettingsProblem } from "../auth/oidc-settings.mjs";

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const positiveInt = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .transform((v) => v ?? fallback);

const rate = (fallback: number) =>
  z
    .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.coerce.number().min(0).optional())
    .transform((v) => v ?? fallback);

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), "must be a file: URL (SQLite) or a postgresql:// URL"),
    NEXTAUTH_SECRET: optional,
    NEXTAUTH_URL: optional,
    STRONGROOM_MASTER_KEYS: optional,
    STRONGROOM_MASTER_KEY_FILE: optional,
    STRONGROOM_MASTER_KEY_CURRENT: optional,
    OIDC_ISSUER: optional,
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: optional,
    SMTP_URL: optional,
    SMTP_FROM: optional,
    /** PEM file of the CA (or self-signed certificate) the SMTP server's TLS certificate is checked against. */
    SMTP_CA_FILE: optional,
    STRONGROOM_EGRESS_ALLOW: optional,
    STRONGROOM_LOGIN_MAX_FAILURES: positiveInt(5),
    STRONGROOM_LOCKOUT_MINUTES: positiveInt(15),
    STRONGROOM_SWEEP_INTERVAL_SECONDS: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .transform((v) => v ?? 300),
    /** Number of reverse proxies in front whose X-Forwarded-For entries are believed ("true" = 1). */
    STRONGROOM_TRUST_PROXY: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const hops = trustedProxyHops(v);
        if (hops === null) {
          ctx.addIssue({
            code: "custom",
            message: "must be the number of trusted proxies (0, 1, 2, ...) or true/false",
          });
        }
        return hops ?? 0;
      }),
    /** QA only: enables /api/test/clock and /api/test/sweep. Never set in demo or production. */
    STRONGROOM_TEST_HOOKS: optional.transform((v) => v === "1" || v === "true"),
    /** REST API rate limits, requests per second (bursts of twice as many); 0 disables. */
    STRONGROOM_API_RATE_PER_TOKEN: rate(50),
    STRONGROOM_API_RATE_PER_IP: rate(100),
    /** The lean resolver process (`npm run resolver`): where it listens. */
    STRONGROOM_RESOLVER_HOST: optional.transform((v) => v ?? "127.0.0.1"),
    STRONGROOM_RESOLVER_PORT: z.coerce
      .number()
      .int()
      .min(1)
      .max(65535)
      .optional()
      .transform((v) => v ?? 3001),
    /** Ed25519 key (PKCS#8 PEM or its base64) that signs audit checkpoints; or a file holding it. */
    STRONGROOM_AUDIT_SIGNING_KEY: optional,
    STRONGROOM_AUDIT_SIGNING_KEY_FILE: optional,
    /** Where checkpoints are also appended as JSON lines (a copy outside the database). */
    STRONGROOM_AUDIT_CHECKPOINT_FILE: optional,
    /** A checkpoint when a chain crosses a multiple of this many records, and every N minutes (0: no timer). */
    STRONGROOM_AUDIT_CHECKPOINT_EVERY: positiveInt(1000),
    STRONGROOM_AUDIT_CHECKPOINT_MINUTES: z.coerce
      .number()
      .min(0)
      .optional()
      .transform((v) => v ?? 5),
  })
  .superRefine((e, ctx) => {
    const problem = oidcSettingsProblem(e);
    if (problem) ctx.addIssue({ code: "custom", path: ["OIDC"], message: problem });
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse({ ...process.env, DATABASE_URL: databaseUrl() });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** A secret setting given as its value, or as the contents of the file `fileVar` names (undefined: neither). */
function valueOrFile(value: string | undefined, fileVar: string, file: string | undefined): string | undefined {
  if (value) return value;
  if (!file) return undefined;
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(`${fileVar} (${file}) cannot be read: ${(err as NodeJS.ErrnoException).code ?? "error"}`);
  }
}

/** The master key specification: STRONGROOM_MASTER_KEYS, or the contents of STRONGROOM_MASTER_KEY_FILE. */
export function masterKeySpec(): string {
  const e = env();
  const spec = valueOrFile(e.STRONGROOM_MASTER_KEYS, "STRONGROOM_MASTER_KEY_FILE", e.STRONGROOM_MASTER_KEY_FILE);
  if (spec !== undefined) return spec;
  throw new ConfigError(
    'No master key configured. Set STRONGROOM_MASTER_KEYS (e.g. "k1:<base64 of 32 random bytes>") ' +
      "or STRONGROOM_MASTER_KEY_FILE. Generate one with: node -e \"console.log('k1:'+require('crypto').randomBytes(32).toString('base64'))\"",
  );
}

/** The audit signing key: STRONGROOM_AUDIT_SIGNING_KEY, or the contents of its _FILE (undefined: neither). */
export function auditSigningKeySpec(): string | undefined {
  const e = env();
  return valueOrFile(
    e.STRONGROOM_AUDIT_SIGNING_KEY,
    "STRONGROOM_AUDIT_SIGNING_KEY_FILE",
    e.STRONGROOM_AUDIT_SIGNING_KEY_FILE,
  );
}

/** For tests: forget the cached configuration after changing process.env. */
export function resetEnvCache() {
  cached = undefined;
}
