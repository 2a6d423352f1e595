"use client";
// Which columns of the Audit log the viewer has hidden, kept in this browser (localStorage), so
// the choice survives paging and filtering. Before hydration: the defaults.
import { useCallback, useSyncExternalStore } from "react";

const KEY = "strongroom.audit.hiddenColumns";
const listeners = new Set<() => void>();
// Where storage is unavailable (private mode) the choice lasts until the next page load.
let memory: string | null = null;

function read(): string | null {
  try {
    return window.localStorage.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

type SetHidden = (column: string, hide: boolean) => void;

export function useHiddenColumns(defaults: readonly string[]): [Set<string>, SetHidden] {
  const stored = useSyncExternalStore(subscribe, read, () => null);
  const hidden = new Set<string>(parse(stored) ?? defaults);
  const setHidden: SetHidden = useCallback(
    (column: string, hide: boolean) => {
      const next = new Set(parse(read()) ?? defaults);
      if (hide) next.add(column);
      else next.delete(column);
      memory = JSON.stringify([...next]);
      try {
        window.localStorage.setItem(KEY, memory);
      } catch {
        // storage unavailable: `memory` holds it
      }
      for (const l of listeners) l();
    },
    [defaults],
  );
  return [hidden, setHidden];
}

function parse(raw: string | null): string[] | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : null;
  } catch {
    return null;
  }
}
