// Host, port, token URL and OAuth scopes. Pure and client-safe (WHATWG URL only, no node:net).
import { z } from "zod";
import { DEFAULT_SFTP_PORT, SCOPES_MAX_LENGTH, URL_MAX_LENGTH } from "./limits.ts";
import { stringOf, textProblem } from "../../domain/text.ts";
import { problemCheck } from "./fields.ts";

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HOST_LABEL = "[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?";
const HOSTNAME = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*\\.?$`);
/** RFC 6749 §3.3 scope-token: printable ASCII except space, `"` and `\`. */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

function isIPv6(v: string): boolean {
  if (!v.includes(":") || !/^[0-9A-Fa-f:.]+$/.test(v)) return false;
  try {
    return new URL(`http://[${v}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** Why `host` is not a host name or IP address (without scheme, path or port), or null. */
export function hostProblem(host: string): string | null {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(host)) {
    return "Enter the host without a scheme, e.g. sftp.example.com (not sftp://sftp.example.com).";
  }
  if (/\s/.test(host)) return "Host cannot contain spaces.";
  if (/[/?#]/.test(host)) return "Enter only the host, without a path.";
  if (host.includes("@")) return "Enter the user name in the Username field, not in the host.";
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (IPV4.test(bare) || isIPv6(bare)) return null;
  if (host.includes(":")) return "Enter the port in the Port field, not in the host.";
  if (/^[\d.]+$/.test(host)) return "Host is not a valid IPv4 address.";
  if (host.length > 253 || !HOSTNAME.test(host)) {
    return "Host must be a host name (e.g. sftp.example.com) or an IP address.";
  }
  return null;
}

export const hostSchema = stringOf("Host").trim().min(1, "Host is required.").superRefine(problemCheck(hostProblem));

/** Why `v` (a number, or a form field's text) is not a port, or null. No coercion: `true`, "0x16", "1e3" are refused. */
function portProblem(v: number | string): string | null {
  if (typeof v === "string") {
    const text = v.trim();
    if (text === "") return "Port is required.";
    if (/^\d*\.\d+$/.test(text)) return "Port must be a whole number.";
    if (!/^\d+$/.test(text))
      return Number.isNaN(Number(text)) ? "Port must be a number." : "Port must be written in decimal digits, e.g. 22.";
    v = Number(text);
  }
  if (!Number.isFinite(v)) return "Port must be a number.";
  if (!Number.isInteger(v)) return "Port must be a whole number.";
  if (v < 1 || v > 65535) return "Port must be between 1 and 65535.";
  return null;
}

/** A whole number 1–65535, as a JSON number or as decimal digits ("22" from a form field). */
export const portSchema = z
  .union([z.number(), z.string()], { error: "Port must be a number." })
  .transform((v, ctx) => {
    const problem = portProblem(v);
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return Number(v);
  })
  .default(DEFAULT_SFTP_PORT);

/** Why `value` is not usable as a token URL, or null. */
export function tokenUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Token URL must be a full URL, e.g. https://auth.example.com/oauth/token.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return "Token URL must start with https:// (or http://).";
  }
  if (url.username || url.password) {
    return "Token URL cannot contain a user name or password; enter them as Client ID and Client secret.";
  }
  if (url.hash) return "Token URL cannot contain a fragment (#…).";
  return null;
}

export const tokenUrlSchema = stringOf("Token URL")
  .trim()
  .min(1, "Token URL is required.")
  .max(URL_MAX_LENGTH, `Token URL is too long: at most ${URL_MAX_LENGTH} characters.`)
  // The URL parser drops tabs and line breaks and encodes bidi controls; the value is kept as typed.
  .superRefine(problemCheck((v) => textProblem("Token URL", v) ?? tokenUrlProblem(v)));

/** Optional space-separated scope tokens, stored normalised ("a  b" → "a b"); "" means none. */
export const scopesSchema = stringOf("Scopes")
  .max(SCOPES_MAX_LENGTH, `Scopes is too long: at most ${SCOPES_MAX_LENGTH} characters.`)
  .superRefine((v, ctx) => {
    const bad = v.split(/\s+/).find((token) => token !== "" && !SCOPE_TOKEN.test(token));
    if (bad !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `Scope ${JSON.stringify(bad)} is not valid: separate scopes with spaces; quotes, backslashes and non-ASCII characters are not allowed.`,
      });
    }
  })
  .optional()
  .transform((v) => v?.split(/\s+/).filter(Boolean).join(" ") || undefined);
