// Redaction of a response before it leaves the server: every secret string injected into the
// request (field values, header values, access tokens) is replaced in every form an echo may
// take (redaction-forms.ts), ignoring ASCII case, in one linear pass over the text with all
// needles at once (needle-matcher.ts). A run builds its redactor once. What this cannot catch
// is listed in the README (Quick Commands). Pure.
import { needleMatcher, type NeedleMatcher } from "./needle-matcher.ts";
import { redactionNeedles } from "./redaction-forms.ts";

export const REDACTED = "[REDACTED]";

export type Redactor = { readonly needles: number; readonly matcher: NeedleMatcher };

export function buildRedactor(secrets: Iterable<string>): Redactor {
  const needles = redactionNeedles(secrets);
  return { needles: needles.size, matcher: needleMatcher(needles) };
}

export function redact(text: string, r: Redactor): string {
  const ranges = r.matcher.ranges(text);
  if (ranges.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + REDACTED;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * For a body cut at the size limit: the end may hold the beginning of a secret; it is replaced
 * too, so that a truncation never shows part of a value.
 */
export function redactTruncatedEnd(text: string, r: Redactor): string {
  const overhang = r.matcher.overhang(text);
  return overhang ? text.slice(0, text.length - overhang) + REDACTED : text;
}
