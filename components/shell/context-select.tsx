"use client";

import { useId, useState, useTransition } from "react";
import { Select, Spinner } from "@/components/ui";
import type { SwitchResult } from "./types.ts";

export type ContextOption = { value: string; label: string };

/** A labelled select that calls a server action when changed (organization / workspace switcher). */
export function ContextSelect({
  label,
  value,
  options,
  onSelect,
}: {
  label: string;
  value: string;
  options: ContextOption[];
  onSelect: (value: string) => Promise<SwitchResult>;
}) {
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(value);
  const [prevValue, setPrevValue] = useState(value);
  if (value !== prevValue) {
    // The server changed the current value (e.g. after switching organization): follow it.
    setPrevValue(value);
    setSelected(value);
  }

  return (
    <div className="min-w-0 flex-1 sm:flex-none">
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-zinc-500">
        {label}
      </label>
      <div className="relative flex items-center gap-2">
        <Select
          id={id}
          value={selected}
          disabled={pending}
          aria-describedby={error ? `${id}-error` : undefined}
          className="sm:w-auto sm:min-w-40"
          onChange={(e) => {
            const next = e.target.value;
            setSelected(next);
            setError(null);
            startTransition(async () => {
              const result = await onSelect(next);
              if (!result.ok) {
                setSelected(value);
                setError(result.error);
              }
            });
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        {pending && <Spinner className="text-zinc-400" />}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
