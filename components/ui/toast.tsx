"use client";
// Toasts for the results of actions, on Radix (@radix-ui/react-toast): each message is a
// role="status" item shown for a few seconds (paused while hovered or focused, F8 reaches them,
// Escape or a swipe dismisses). Wrap a subtree in <ToastProvider>; call useToast() inside it.
import * as RadixToast from "@radix-ui/react-toast";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { cn } from "./cn.ts";
import { useHydrated } from "./use-hydrated.ts";

type ToastTone = "success" | "error" | "info";
type Toast = { id: number; message: string; tone: ToastTone };
type ShowToast = (message: string, tone?: ToastTone) => void;

const ToastContext = createContext<ShowToast>(() => {});
const SHOW_MS = 6000;
let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  // The viewport's markup carries a style attribute, which the page policy refuses in server
  // HTML; it has nothing to show before React runs, so it is rendered in the browser only.
  const hydrated = useHydrated();
  const show = useCallback<ShowToast>((message, tone = "success") => {
    setToasts((list) => [...list, { id: nextId++, message, tone }]);
  }, []);
  const dismiss = (id: number) => setToasts((list) => list.filter((t) => t.id !== id));
  return (
    <ToastContext.Provider value={show}>
      <RadixToast.Provider duration={SHOW_MS} label="Notification">
        {children}
        {toasts.map((t) => (
          <RadixToast.Root
            key={t.id}
            type={t.tone === "error" ? "foreground" : "background"}
            role="status"
            onOpenChange={(open) => !open && dismiss(t.id)}
            className={cn(
              "rounded-md border px-4 py-3 text-sm shadow-lg",
              t.tone === "success" && "border-emerald-200 bg-emerald-50 text-emerald-900",
              t.tone === "error" && "border-red-200 bg-red-50 text-red-900",
              t.tone === "info" && "border-zinc-200 bg-white text-zinc-900",
            )}
          >
            {/* Radix announces a toast's text in a second, short-lived status element; the item
                is the status itself here, so its text is not repeated there. */}
            <RadixToast.Description data-radix-toast-announce-exclude="">{t.message}</RadixToast.Description>
          </RadixToast.Root>
        ))}
        {hydrated && (
          <RadixToast.Viewport
            label="Messages ({hotkey})"
            className="fixed right-4 bottom-4 z-[60] flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2 outline-none"
          />
        )}
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}

export function useToast(): ShowToast {
  return useContext(ToastContext);
}
