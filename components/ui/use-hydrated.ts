"use client";
// False in the server render and while hydrating, true once React runs in the browser. A
// button whose click only works through React (menus, disclosures) stays disabled until then,
// so a click in the first moments after the page appears waits instead of being lost.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
