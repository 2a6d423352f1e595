"use client";
// A search field for the Audit log's Secret and Actor filters (WAI-ARIA combobox with a list):
// typing asks the server for the few matching names in the records the viewer may read;
// choosing one filters by exactly that secret or actor (the hidden `idName` input), while typed
// text alone filters by part of the name (`textName`). Both live in the URL like every filter.
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { Input, Label, cn } from "@/components/ui";

export type Suggestion = { value: string; label: string };

type Props = {
  label: string;
  kind: "secret" | "actor";
  textName: string;
  idName: string;
  initial: { text: string; id: string };
  placeholder: string;
};

const DEBOUNCE_MS = 200;

export function AuditSearchField({ label, kind, textName, idName, initial, placeholder }: Props) {
  const [text, setText] = useState(initial.text);
  const [chosen, setChosen] = useState(initial.id);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [busy, setBusy] = useState(false);
  // A request for suggestions (n: each keystroke or arrow key asks again, even for the same text).
  const [ask, setAsk] = useState<{ q: string; n: number } | null>(null);
  const inputId = useId();
  const listId = useId();

  useEffect(() => {
    if (!ask) return;
    const q = ask.q;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      setBusy(true);
      try {
        const res = await fetch(`/audit/suggestions?${new URLSearchParams({ kind, q })}`, { signal: abort.signal });
        const body = res.ok ? ((await res.json()) as { items: Suggestion[] }) : { items: [] };
        setItems(body.items);
        setActive(-1);
        setOpen(true);
      } catch {
        // aborted by the next keystroke, or offline: keep the list as it was
      } finally {
        if (!abort.signal.aborted) setBusy(false);
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [ask, kind]);

  const askFor = (q: string) => setAsk((a) => ({ q: q.trim(), n: (a?.n ?? 0) + 1 }));

  function type(value: string) {
    askFor(value);
    setText(value);
    setChosen("");
  }

  function choose(s: Suggestion) {
    setAsk(null);
    setText(s.label);
    setChosen(s.value);
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return askFor(text);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (items.length ? (i + step + items.length) % items.length : -1));
    } else if (e.key === "Enter" && open && active >= 0 && items[active]) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  const expanded = open && items.length > 0;
  return (
    <div className="relative">
      <Label htmlFor={inputId}>{label}</Label>
      <Input
        id={inputId}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-busy={busy || undefined}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        name={chosen ? undefined : textName}
        value={text}
        placeholder={placeholder}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {chosen && <input type="hidden" name={idName} value={chosen} />}
      {/* Only while open: its name must not compete with the field's label when it is closed. */}
      {expanded && (
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label} suggestions`}
          className={cn(
            "absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-zinc-200 bg-white py-1",
            "text-sm shadow-lg",
          )}
        >
          {items.map((s, i) => (
            <li
              key={s.value}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(e) => (e.preventDefault(), choose(s))}
              className={cn(
                "cursor-pointer truncate px-3 py-1.5",
                i === active ? "bg-brand-50 text-zinc-900" : "hover:bg-zinc-50",
              )}
            >
              {s.label}
            </li>
          ))}
        </ul>
      )}
      {open && !busy && items.length === 0 && (
        <p
          role="status"
          className={cn(
            "absolute z-20 mt-1 w-full rounded-md border border-zinc-200 bg-white px-3 py-1.5",
            "text-sm text-zinc-500 shadow-lg",
          )}
        >
          No {kind} in the log matches.
        </p>
      )}
    </div>
  );
}
