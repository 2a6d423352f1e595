import type { ReactNode } from "react";
import { SidebarNav } from "./sidebar-nav.tsx";

/** The signed-in page frame: dark sidebar with brand and navigation, a top bar, and the main region. */
export function AppShell({ topBar, children }: { topBar: ReactNode; children: ReactNode }) {
  return (
    <div className="min-h-dvh md:flex">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside className="bg-sidebar px-3 py-3 md:sticky md:top-0 md:flex md:h-dvh md:w-60 md:shrink-0 md:flex-col md:py-5">
        <div className="mb-3 flex items-center gap-2 px-3 md:mb-6">
          <span aria-hidden="true" className="flex size-7 items-center justify-center rounded-md bg-brand-600 text-white">
            <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
              <rect x="4" y="10" width="16" height="11" rx="2" />
              <path d="M8 10V7a4 4 0 0 1 8 0v3" />
            </svg>
          </span>
          <span className="text-base font-semibold text-white">Strongroom</span>
        </div>
        <SidebarNav />
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
