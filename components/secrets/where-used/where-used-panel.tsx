"use client";
// "Where used" for one secret: every consumer that references it, with a search box (the
// search runs on the server). Shown on the secret page and in the edit and delete dialogs.
import { useEffect, useId, useRef, useState } from "react";
import { Input, Spinner } from "@/components/ui";
import type { ListUsagesAction } from "../action-types.ts";
import type { UsageItem } from "./usage-item.ts";
import { UsageList } from "./usage-list.tsx";

const DEBOUNCE_MS = 250;

export function WhereUsedPanel({
  secretId,
  listUsages,
  initial,
  headingLevel = 2,
  onCount,
}: {
  secretId: string;
  listUsages: ListUsagesAction;
  initial?: UsageItem[];
  headingLevel?: 2 | 3;
  /** Told how many consumers use the secret, once the list without a search is in. */
  onCount?: (count: number) => void;
}) {
  const [query, setQuery] = useState("");
  const [rows, setRows] = useState<UsageItem[] | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(initial === undefined);
  const searchId = useId();
  const headingId = useId();
  const request = useRef(0);
  const skipFirst = useRef(initial !== undefined);

  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    const current = ++request.current;
    setLoading(true);
    const timer = setTimeout(
      async () => {
        const result = await listUsages({ secretId, q: query || undefined });
        if (current !== request.current) return;
        setLoading(false);
        if (result.ok) {
          setRows(result.data);
          setError(null);
          if (!query) onCount?.(result.data.length);
        } else setError(result.error);
      },
      query ? DEBOUNCE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [secretId, query, listUsages, onCount]);

  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className="text-base font-semibold text-zinc-900">
        Where used
      </Heading>
      <div className="mt-2 flex items-center gap-2">
        <label htmlFor={searchId} className="sr-only">
          Search where used
        </label>
        <Input
          id={searchId}
          type="search"
          placeholder="Search consumers and locations"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="max-w-sm"
        />
        {loading && <Spinner className="text-zinc-400" />}
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {rows && <UsageList rows={rows} filtered={query !== ""} />}
    </section>
  );
}
