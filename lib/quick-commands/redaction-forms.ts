// The forms in which a server may echo a secret string, for redaction (redact.ts). Pure.
//
// - as is, and hex (both cases: matching ignores ASCII case, which also covers upper-cased echoes);
// - base64, standard and URL-safe, padded or not, at the three alignments the value may have
//   inside a longer base64 text (0, 1 or 2 bytes of other data before it): for each, the
//   characters that depend only on the value's bits;
// - the base64 of its base64 (a Basic `user:password`, or a password, encoded twice);
// - percent-encoded (reserved characters only, as a form, or every byte);
// - JSON-escaped (as JavaScript, PHP, Python and Go escape it, or every character as \uXXXX).

/**
 * Misaligned base64 forms shorter than this are skipped: for a value of a few bytes they are a
 * handful of characters that ordinary text contains by chance. Values shorter than 7 bytes are
 * therefore redacted in every form but inside a longer base64 text.
 */
const MIN_INNER_BASE64 = 8;

const ALPHABETS = ["base64", "base64url"] as const;

/**
 * The base64 of `bytes` when `offset` bytes of other data come before them: the characters that
 * encode only their bits, from ceil(8·offset/6) to floor(8·(offset+n)/6) when more data follows,
 * or to the end (padded or not) when they end the data. Offset 0 gives the whole encoding.
 */
function alignedBase64(bytes: Buffer, offset: number): string[] {
  const from = Math.ceil((8 * offset) / 6);
  const to = Math.floor((8 * (offset + bytes.length)) / 6);
  if (offset > 0 && to - from < MIN_INNER_BASE64) return [];
  const shifted = Buffer.concat([Buffer.alloc(offset), bytes]);
  return ALPHABETS.flatMap((alphabet) => {
    const tail = shifted.toString(alphabet).slice(from);
    const forms = [tail, tail.replace(/=+$/, ""), tail.slice(0, to - from)];
    return forms.filter((f) => f.length >= MIN_INNER_BASE64 || offset === 0);
  });
}

function base64Forms(bytes: Buffer): string[] {
  return [0, 1, 2].flatMap((offset) => alignedBase64(bytes, offset));
}

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

// Serializers differ in what they escape beyond JSON's minimum: "/" (PHP), non-ASCII (Python,
// PHP), <, > and & (Go). Every combination, and every character escaped.
function jsonForms(s: string): string[] {
  const options = [
    (t: string) => t.replace(/\//g, "\\/"),
    (t: string) => t.replace(/[^\x20-\x7e]/g, hex4),
    (t: string) => t.replace(/[<>&]/g, hex4),
  ];
  const out = [s.replace(/[\s\S]/g, hex4)];
  for (let mask = 0; mask < 1 << options.length; mask++) {
    out.push(options.reduce((t, escape, i) => (mask & (1 << i) ? escape(t) : t), JSON.stringify(s).slice(1, -1)));
  }
  return out;
}

function percentForms(s: string, bytes: Buffer): string[] {
  return [
    encodeURIComponent(s),
    new URLSearchParams({ v: s }).toString().slice(2),
    [...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""),
  ];
}

/** Every form of every secret string worth replacing (duplicates and empty strings left out). */
export function redactionNeedles(secrets: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    const bytes = Buffer.from(s, "utf8");
    const forms = [
      s,
      bytes.toString("hex"),
      ...base64Forms(bytes),
      ...base64Forms(Buffer.from(bytes.toString("base64"), "ascii")),
      ...percentForms(s, bytes),
      ...jsonForms(s),
    ];
    for (const f of forms) if (f) out.add(f);
  }
  return out;
}
