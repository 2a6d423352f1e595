"use client";
// A modal dialog on Radix (@radix-ui/react-dialog): labelled by its title and described by its
// description, rendered in a portal, focus moved inside and trapped there, Escape closes it,
// focus returns to where it was, and the rest of the page is hidden from assistive technology
// while it is open. An element marked `data-autofocus` gets the focus first.
import * as RadixDialog from "@radix-ui/react-dialog";
import { useRef, type ReactNode } from "react";
import { cn } from "./cn.ts";
import "./style-nonce.ts";

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
  // Radix gives the focus back to its own Trigger; these dialogs are opened by the callers'
  // buttons and menu items, so the focus goes back to whatever had it when the dialog opened.
  const opener = useRef<HTMLElement | null>(null);
  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-zinc-950/40 px-4 py-10 dark:bg-black/60">
          <RadixDialog.Content
            role={role}
            aria-modal="true"
            {...(description ? {} : { "aria-describedby": undefined })}
            // Only Escape and the dialog's own buttons close it: a stray click beside a half-filled
            // form must not throw away what the user typed.
            onInteractOutside={(e) => e.preventDefault()}
            onOpenAutoFocus={(e) => {
              opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
              const first = (e.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>("[data-autofocus]");
              if (!first) return;
              e.preventDefault();
              first.focus();
            }}
            onCloseAutoFocus={(e) => {
              e.preventDefault();
              opener.current?.focus();
              opener.current = null;
            }}
            className={cn("w-full max-w-lg rounded-lg bg-white shadow-xl focus:outline-none", className)}
          >
            <div className="border-b border-zinc-200 px-5 py-4">
              <RadixDialog.Title className="text-lg font-semibold text-zinc-900">{title}</RadixDialog.Title>
              {description && (
                <RadixDialog.Description asChild>
                  <div className="mt-1 text-sm text-zinc-600">{description}</div>
                </RadixDialog.Description>
              )}
            </div>
            <div className="px-5 py-4">{children}</div>
          </RadixDialog.Content>
        </RadixDialog.Overlay>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The row of buttons at the bottom of a dialog. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="mt-5 flex flex-wrap justify-end gap-2 border-t border-zinc-100 pt-4">{children}</div>;
}
