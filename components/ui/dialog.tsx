"use client";
// An accessible modal dialog: role="dialog" + aria-modal, labelled by its title and described
// by its description, focus moved inside on open and trapped there, Escape closes, the focus
// returns to where it was, and the rest of the page is inert while it is open.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { cn } from "./cn.ts";
import { focusableIn, useModalBackground } from "./use-modal-background.ts";

export type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** "alertdialog" for destructive confirmations. */
  role?: "dialog" | "alertdialog";
  className?: string;
};

export function Dialog({ open, onClose, title, description, children, role = "dialog", className }: DialogProps) {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  // Declared first, so that on close the page stops being inert before focus goes back to it.
  useModalBackground(container, open);

  useEffect(() => {
    if (!open) return;
    const el = document.createElement("div");
    document.body.appendChild(el);
    setContainer(el);
    const previous = document.activeElement as HTMLElement | null;
    return () => {
      el.remove();
      setContainer(null);
      // After this commit, when nothing outside is inert any more.
      setTimeout(() => previous?.focus?.(), 0);
    };
  }, [open]);

  useEffect(() => {
    if (!container || !panel.current) return;
    const first = panel.current.querySelector<HTMLElement>("[data-autofocus]") ?? focusableIn(panel.current)[0];
    (first ?? panel.current).focus();
  }, [container]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === "Escape") {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== "Tab" || !panel.current) return;
    const items = focusableIn(panel.current);
    if (items.length === 0) return e.preventDefault();
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && (document.activeElement === first || document.activeElement === panel.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  if (!open || !container) return null;
  return createPortal(
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-zinc-950/40 px-4 py-10 dark:bg-black/60">
      <div
        ref={panel}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className={cn("w-full max-w-lg rounded-lg bg-white shadow-xl focus:outline-none", className)}
      >
        <div className="border-b border-zinc-200 px-5 py-4">
          <h2 id={titleId} className="text-lg font-semibold text-zinc-900">
            {title}
          </h2>
          {description && (
            <div id={descriptionId} className="mt-1 text-sm text-zinc-600">
              {description}
            </div>
          )}
        </div>
        <div className="px-5 py-4">{children}</div>
      </div>
    </div>,
    container,
  );
}

/** The row of buttons at the bottom of a dialog. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="mt-5 flex flex-wrap justify-end gap-2 border-t border-zinc-100 pt-4">{children}</div>;
}
