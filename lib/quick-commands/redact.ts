// Redaction of a response before it leaves the server: every secret string injected into the
// request (field values, header values, access tokens) is replaced, in the forms an echo may
// take — as is, base64 (standard and URL-safe), percent-encoded, and JSON-escaped. Pure.

export const REDACTED = "[REDACTED]";

function b64(s: string, url = false) {
  const out = Buffer.from(s, "utf8").toString(url ? "base64url" : "base64");
  return url ? out : out.replace(/=+$/, "");
}

/** Every form of every secret worth replacing, longest first. */
export function redactionVariants(secrets: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    out.add(s);
    out.add(b64(s));
    out.add(b64(s, true));
    out.add(encodeURIComponent(s));
    out.add(new URLSearchParams({ v: s }).toString().slice(2));
    out.add(JSON.stringify(s).slice(1, -1));
  }
  out.delete("");
  return [...out].sort((a, b) => b.length - a.length);
}

export function redact(text: string, variants: readonly string[]): string {
  let out = text;
  for (const v of variants) if (out.includes(v)) out = out.split(v).join(REDACTED);
  return out;
}

/**
 * For a body cut at the size limit: the end may hold the beginning of a secret; it is replaced
 * too, so that a truncation never shows part of a value.
 */
export function redactTruncatedEnd(text: string, variants: readonly string[]): string {
  let cut = text.length;
  for (const v of variants) {
    for (let n = Math.min(v.length - 1, text.length); n > 0; n--) {
      if (text.endsWith(v.slice(0, n))) {
        cut = Math.min(cut, text.length - n);
        break;
      }
    }
  }
  return cut < text.length ? text.slice(0, cut) + REDACTED : text;
}
