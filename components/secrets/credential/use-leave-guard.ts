"use client";
// While a form holds unsaved input, leaving the page asks first: closing or reloading the tab
// (beforeunload) and following a link inside the portal (the app router has no navigation
// events, so clicks on same-origin links are caught before Next's Link sees them).
import { useEffect } from "react";

export const LEAVE_MESSAGE = "Leave this page? What you have entered here has not been saved and will be lost.";

/** The same-origin link a click follows in this tab, or null (new tab, download, another page section...). */
function followedLink(e: MouseEvent): HTMLAnchorElement | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return null;
  if (link.target && link.target !== "_self") return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return null; // a full navigation: beforeunload asks
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return link;
}

export function useLeaveGuard(active: boolean) {
  useEffect(() => {
    if (!active) return;
    let confirmed = false;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (confirmed) return;
      e.preventDefault();
      e.returnValue = ""; // older Chromium asks only when returnValue is set
    };
    const onClick = (e: MouseEvent) => {
      if (!followedLink(e)) return;
      if (window.confirm(LEAVE_MESSAGE)) {
        confirmed = true;
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    // Capture on the document runs before React's listeners on its root, i.e. before Link navigates.
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [active]);
}
