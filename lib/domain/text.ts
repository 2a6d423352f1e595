// The one rule for text that people type as names and descriptions (secrets, workspaces,
// Spots, environments, Quick Commands, API tokens, members, credential fields such as a
// username): no control characters (C0, DEL, C1) and no bidirectional formatting characters,
// which are invisible yet reorder what is shown, so that one name can pass for another
// ("Trojan Source", CVE-2021-42574). A description may keep line breaks and tabs. Client-safe.
import { z } from "zod";

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why `value` is not acceptable as `label`, or null. `multiline`: line breaks and tabs are fine. */
export function textProblem(label: string, value: string, { multiline = false } = {}): string | null {
  if (!multiline && LINE_BREAK.test(value)) return `${label} cannot contain line breaks.`;
  const control = (multiline ? CONTROL_EXCEPT_LINES : CONTROL).exec(value);
  if (control) return `${label} cannot contain control characters (it has ${codePoint(control[0])}).`;
  const bidi = BIDI.exec(value);
  if (bidi) return `${label} cannot contain invisible text-direction characters (it has ${codePoint(bidi[0])}).`;
  return null;
}

/** A zod refinement reporting textProblem: `z.string().superRefine(safeText("Name"))`. */
export function safeText(label: string, options: { multiline?: boolean } = {}) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const problem = textProblem(label, value, options);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };
}

/** A string; "`label` is required." when missing, "`label` must be text." when not a string. */
export function stringOf(label: string) {
  return z.string({
    error: (iss) =>
      iss.input === undefined || iss.input === null ? `${label} is required.` : `${label} must be text.`,
  });
}

/** A required one-line text such as a name: trimmed, 1–`max` characters, the rule above. */
export function requiredText(label: string, max: number) {
  return stringOf(label)
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is too long: at most ${max.toLocaleString("en-US")} characters.`)
    .superRefine(safeText(label));
}

/**
 * The key under which workspace, Spot and environment names are unique in an organization
 * (the `nameKey` columns): names that differ only in case, or only in how an accented letter
 * is encoded, are the same name.
 */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
