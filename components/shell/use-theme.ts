"use client";
// The theme chosen in this browser: read from the cookie, changed by writing the cookie and the
// class of <html> at once (the server reads the same cookie on the next request).
import { useCallback, useSyncExternalStore } from "react";
import { themeClassName, themeCookie, themeFromCookies, type Theme } from "./theme.ts";

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const current = (): Theme => themeFromCookies(document.cookie);

export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, current, (): Theme => "system");
  const setTheme = useCallback((next: Theme) => {
    document.cookie = themeCookie(next);
    const html = document.documentElement;
    html.classList.remove("light", "dark");
    const className = themeClassName(next);
    if (className) html.classList.add(className);
    for (const listener of listeners) listener();
  }, []);
  return [theme, setTheme];
}
