// Where to go after signing in. Only same-origin relative paths are accepted, so a crafted
// link cannot send a user elsewhere. Pure; safe to import from client components.

export const DEFAULT_AFTER_SIGN_IN = "/secrets";

export function safeCallbackPath(value: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  // A path: starts with one "/", not "//" or "/\" (protocol-relative), no control characters.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://strongroom.invalid");
    if (url.origin !== "http://strongroom.invalid") return fallback;
    const path = url.pathname + url.search + url.hash;
    // Never bounce back to the sign-in page itself.
    if (url.pathname === "/login" || url.pathname.startsWith("/api/auth")) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
