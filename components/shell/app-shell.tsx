import type { ReactNode } from "react";
import { Logo } from "./logo.tsx";
import { SidebarNav } from "./sidebar-nav.tsx";

/**
 * The signed-in page frame: dark sidebar with brand and navigation (on phones a bar whose
 * navigation opens from a "Menu" button), a top bar, and the main region.
 */
type Props = {
  topBar: ReactNode;
  /** Main-navigation entries (by href) the user has nothing behind, e.g. Settings for a plain Member. */
  hiddenNav?: readonly string[];
  children: ReactNode;
};

export function AppShell({ topBar, hiddenNav = [], children }: Props) {
  return (
    <div className="min-h-dvh md:flex">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside className="border-b border-sidebar-border bg-sidebar px-1 py-3 md:sticky md:top-0 md:h-dvh md:w-60 md:shrink-0 md:border-r md:border-b-0 md:px-3 md:py-5">
        <SidebarNav brand={<Logo className="text-base text-sidebar-strong" />} hidden={hiddenNav} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 border-b border-zinc-200 bg-white/90 px-4 py-2.5 backdrop-blur md:px-8">
          {topBar}
        </header>
        <main id="main" tabIndex={-1} className="w-full max-w-7xl flex-1 px-4 py-6 focus:outline-none md:px-8 md:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
