// The colour theme the user chose in the user menu, kept in a cookie so the server renders
// <html> with the right class (app/layout.tsx) and the first paint already has the right colours.
// "system" follows prefers-color-scheme in CSS alone (app/globals.css, the `dark` variant).

export const THEME_COOKIE = "strongroom-theme";

export const THEMES = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
] as const;

export type Theme = (typeof THEMES)[number]["value"];

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** The theme a cookie value stands for; anything unknown (or no cookie) follows the system. */
export function parseTheme(value: string | undefined): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

/** The theme remembered in a `Cookie` header or `document.cookie` string. */
export function themeFromCookies(cookies: string): Theme {
  const entry = cookies.split(";").find((c) => c.trim().startsWith(`${THEME_COOKIE}=`));
  return parseTheme(entry?.trim().slice(THEME_COOKIE.length + 1));
}

/** The class of <html> for a theme: none for "system", so the media query decides. */
export function themeClassName(theme: Theme): "light" | "dark" | undefined {
  return theme === "system" ? undefined : theme;
}

/** The `document.cookie` assignment that remembers a theme (or forgets it, for "system"). */
export function themeCookie(theme: Theme): string {
  const maxAge = theme === "system" ? 0 : ONE_YEAR_SECONDS;
  return `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${maxAge}; SameSite=Lax`;
}
