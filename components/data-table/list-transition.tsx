"use client";
// Every change of a list's view — filter, sort, tab, search, page — is a navigation to the same
// page with other search params. They all run in one React transition, so that the list says it
// is updating (aria-busy="true" on its region and a visible indicator) until the new rows are in,
// and the old rows stay interactive meanwhile. A navigation elsewhere (a row's link or menu item)
// is an ordinary navigation: the router drops the pending list update, so that click wins.
//
// Links and plain GET forms inside <ListTransition> that stay on the same path are routed
// through the transition without changes to them (the page keeps working without JavaScript).
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useTransition,
  type MouseEvent,
  type FormEvent,
  type ReactNode,
} from "react";
import { usePathname, useRouter } from "next/navigation";
import { Spinner, cn } from "@/components/ui";
import { listNavigationHref, listSubmitHref } from "./list-navigation.ts";

type ListTransitionValue = {
  pending: boolean;
  /** Shows `href` (the same list with other search params) once its rows are in. */
  navigate: (href: string, options?: { replace?: boolean }) => void;
};

const ListTransitionContext = createContext<ListTransitionValue | null>(null);

/** The list's navigation; outside a <ListTransition>, a plain router navigation. */
export function useListTransition(): ListTransitionValue {
  const context = useContext(ListTransitionContext);
  const router = useRouter();
  return useMemo(
    () => context ?? { pending: false, navigate: (href, o) => (o?.replace ? router.replace(href) : router.push(href)) },
    [context, router],
  );
}

export function ListTransition({ children, className }: { children: ReactNode; className?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (href: string, options?: { replace?: boolean }) =>
      startTransition(() =>
        options?.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false }),
      ),
    [router],
  );
  const value = useMemo(() => ({ pending, navigate }), [pending, navigate]);

  function onClickCapture(e: MouseEvent<HTMLDivElement>) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const anchor = (e.target as Element).closest?.("a[href]");
    if (!(anchor instanceof HTMLAnchorElement) || !e.currentTarget.contains(anchor)) return;
    if (anchor.target && anchor.target !== "_self") return;
    if (anchor.hasAttribute("download")) return;
    const href = listNavigationHref(anchor.href, window.location.origin, pathname);
    if (href === null) return;
    // Next's <Link> leaves a click that is already handled alone.
    e.preventDefault();
    navigate(href);
  }

  function onSubmitCapture(e: FormEvent<HTMLDivElement>) {
    const form = e.target;
    // Attributes, not form.action / form.method: a field named "action" would shadow them.
    if (
      !(form instanceof HTMLFormElement) ||
      e.defaultPrevented ||
      (form.getAttribute("method") ?? "get").toLowerCase() !== "get"
    )
      return;
    const href = listSubmitHref(
      form.getAttribute("action") ?? "",
      new FormData(form),
      window.location.origin,
      pathname,
    );
    if (href === null) return;
    e.preventDefault();
    navigate(href);
  }

  return (
    <ListTransitionContext.Provider value={value}>
      <div className={className} onClickCapture={onClickCapture} onSubmitCapture={onSubmitCapture}>
        {children}
      </div>
    </ListTransitionContext.Provider>
  );
}

/**
 * The rows of a list: aria-busy="true" and an "Updating the list…" indicator while a change of
 * the view is pending. The rows stay clickable; they are dimmed so that the wait is visible.
 */
export function ListBody({ children, className }: { children: ReactNode; className?: string }) {
  const { pending } = useListTransition();
  return (
    <div aria-busy={pending} className={cn("relative", className)}>
      <div role="status" className="pointer-events-none absolute inset-x-0 -top-3 z-10 flex justify-center">
        {pending && (
          <span className="inline-flex items-center gap-2 rounded-full border border-zinc-200 bg-white px-3 py-1 text-xs font-medium text-zinc-700 shadow-sm">
            <Spinner />
            Updating the list…
          </span>
        )}
      </div>
      <div className={cn("transition-opacity", pending && "opacity-60")}>{children}</div>
    </div>
  );
}
