// What the body of a server action call may hold. React encodes an action's arguments as a
// Flight "reply": the JSON of part 0 (the whole text body, or field "0" of a multipart body),
// further parts in fields "1", "2", ... and FormData entries in other fields. Strings that
// start with "$" are decoded by React (parseModelString in
// node_modules/next/dist/compiled/react-server-dom-*/cjs/*-server.node.production.js), and a
// reference to a part or path that is not there, a malformed BigInt or typed array, or deep
// nesting (React revives recursively) makes the decoder throw — which Next answers with 500.
// Strongroom's actions take JSON-able values (and FormData), so a reply may hold only what
// React encodes those to; anything else is refused before Next decodes it.

export const MAX_REPLY_DEPTH = 64;

/** "$$…" is an escaped string; these stand for undefined, special numbers, an opaque temporary reference. */
const LITERALS = new Set(["$undefined", "$Infinity", "$-Infinity", "$-0", "$NaN", "$T"]);
/** `$<part>:<key>:<key>…`: a value seen earlier (React writes a shared object once). */
const MODEL_REFERENCE = /^\$([0-9a-f]+)((?::[^:]*)*)$/;

export type ReplyVerdict = { ok: true } | { ok: false; message: string };

const refuse = (message: string): ReplyVerdict => ({ ok: false, message });

/** Checks a reply given as its parts (part number in decimal → JSON text); FormData entries need no check. */
export function checkActionReply(parts: ReadonlyMap<string, string>): ReplyVerdict {
  const parsed = new Map<string, unknown>();
  for (const [id, text] of parts) {
    if (nestingDepth(text) > MAX_REPLY_DEPTH) {
      return refuse(`The request is nested too deeply (at most ${MAX_REPLY_DEPTH} levels).`);
    }
    try {
      parsed.set(id, JSON.parse(text));
    } catch {
      return refuse("The request is not valid.");
    }
  }
  if (!parsed.has("0")) return refuse("The request is not valid.");
  for (const value of parsed.values()) {
    for (const s of stringsIn(value)) {
      if (s[0] !== "$" || s[1] === "$" || s[1] === "D" || s[1] === "K" || LITERALS.has(s)) continue;
      const ref = MODEL_REFERENCE.exec(s);
      if (!ref || !resolves(parsed, String(parseInt(ref[1]!, 16)), ref[2]!.split(":").slice(1))) {
        return refuse("The request holds a value this server does not accept.");
      }
    }
  }
  return { ok: true };
}

/** Deepest nesting of arrays and objects in JSON text, without parsing it (no recursion). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Every string in a parsed JSON value (object keys are not decoded, so they are skipped). */
function* stringsIn(root: unknown): Generator<string> {
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") yield v;
    else if (v !== null && typeof v === "object") for (const child of Object.values(v)) stack.push(child);
  }
}

/** Whether `part` exists and `path` leads through plain objects and arrays of it to a value. */
function resolves(parts: ReadonlyMap<string, unknown>, part: string, path: string[]): boolean {
  if (!parts.has(part)) return false;
  let v = parts.get(part);
  for (const key of path) {
    // A step through another reference would follow what React decoded it to: not accepted.
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return false;
    v = (v as Record<string, unknown>)[key];
  }
  return true;
}
