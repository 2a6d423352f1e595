// E-mail addresses are compared case-insensitively: stored and looked up trimmed and lowercase.
// Pure; safe to import from client components.

export function normalizeEmail(input: unknown): string {
  return typeof input === "string" ? input.trim().toLowerCase() : "";
}

/** A loose shape check (the server never relies on it for security; it only avoids pointless lookups). */
export function looksLikeEmail(email: string): boolean {
  return email.length <= 320 && /^[^\s@]+@[^\s@]+$/.test(email);
}
