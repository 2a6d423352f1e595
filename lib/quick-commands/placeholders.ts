// `{placeholders}` of a Quick Command (PRODUCT.md §5): `{name}` is a run-time input typed by
// the person running it; `{secret_name.KEY}` is a field of a secret the command references
// (Key/Value pairs, JSON Credentials members, e.g. `{stripe.ACCOUNT_ID}`). Pure, client-safe.

/** A placeholder token: letters, digits, `_`, `.`, `-` between braces, e.g. `{owner}`. */
const TOKEN = /\{([A-Za-z_][A-Za-z0-9_.-]{0,255})\}/g;

export function placeholderTokens(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[1]!))];
}

/** Splits `{secret_name.KEY}` by the longest matching secret name; null for an input. */
export function secretPlaceholder(
  token: string,
  secretNames: readonly string[],
): { secretName: string; key: string } | null {
  let best: string | null = null;
  for (const name of secretNames) {
    if (token.startsWith(`${name}.`) && token.length > name.length + 1 && (!best || name.length > best.length))
      best = name;
  }
  return best ? { secretName: best, key: token.slice(best.length + 1) } : null;
}

/** The run-time inputs a command asks for: tokens that are not fields of its secrets. */
export function inputNames(texts: readonly string[], secretNames: readonly string[]): string[] {
  const names = texts.flatMap(placeholderTokens).filter((t) => !secretPlaceholder(t, secretNames));
  return [...new Set(names)];
}

/** Replaces every token with `lookup(token)`; a token it returns undefined for stays as is. */
export function fillPlaceholders(text: string, lookup: (token: string) => string | undefined): string {
  return text.replace(TOKEN, (whole, token: string) => lookup(token) ?? whole);
}
