"use client";
// While a modal is open, everything outside it is inert and hidden from assistive technology
// (and from role queries), so that focus and reading stay inside the dialog.
import { useEffect } from "react";

export function useModalBackground(container: HTMLElement | null, active: boolean) {
  useEffect(() => {
    if (!active || !container) return;
    const changed: { el: Element; inert: boolean; ariaHidden: string | null }[] = [];
    for (const el of Array.from(document.body.children)) {
      if (el === container || el.contains(container) || el.tagName === "SCRIPT") continue;
      changed.push({ el, inert: (el as HTMLElement).inert, ariaHidden: el.getAttribute("aria-hidden") });
      (el as HTMLElement).inert = true;
      el.setAttribute("aria-hidden", "true");
    }
    return () => {
      for (const { el, inert, ariaHidden } of changed) {
        (el as HTMLElement).inert = inert;
        if (ariaHidden === null) el.removeAttribute("aria-hidden");
        else el.setAttribute("aria-hidden", ariaHidden);
      }
    };
  }, [container, active]);
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The focusable elements inside `root`, in tab order of the document. */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest("[inert]") && el.offsetParent !== null);
}
