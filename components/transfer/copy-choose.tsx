"use client";
// Copy values, step 1: source and target environments and the secrets to copy.
import { useEffect, useId, useState, useTransition } from "react";
import { Input, Label, Select } from "@/components/ui";
import type { CopyActions, CopyCandidate, EnvOption } from "./copy-types";

type Props = {
  orgId: string;
  environments: EnvOption[];
  from: string;
  to: string;
  selected: Set<string>;
  onChange: (next: { from?: string; to?: string; selected?: Set<string> }) => void;
  candidates: CopyActions["candidates"];
};

export function CopyChoose({ orgId, environments, from, to, selected, onChange, candidates }: Props) {
  const id = useId();
  const [q, setQ] = useState("");
  const [list, setList] = useState<CopyCandidate[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  useEffect(() => {
    if (!from) return;
    const timer = setTimeout(
      () =>
        startLoading(async () => {
          const r = await candidates({ orgId, fromEnvironmentId: from, q: q || undefined });
          setError(r.ok ? null : r.error);
          setList(r.ok ? r.data : []);
        }),
      q ? 250 : 0,
    );
    return () => clearTimeout(timer);
  }, [orgId, from, q, candidates]);
  const all = list.length > 0 && list.every((c) => selected.has(c.id));
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const i of ids)
      if (on) next.add(i);
      else next.delete(i);
    onChange({ selected: next });
  };
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-2 gap-3">
        <div>
          <Label htmlFor={`${id}-from`}>From</Label>
          <Select
            id={`${id}-from`}
            value={from}
            onChange={(e) => onChange({ from: e.target.value, selected: new Set() })}
          >
            {environments.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor={`${id}-to`}>To</Label>
          <Select id={`${id}-to`} value={to} onChange={(e) => onChange({ to: e.target.value })}>
            {environments.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div>
        <Label htmlFor={`${id}-q`}>Search secrets</Label>
        <Input
          id={`${id}-q`}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Secret name"
        />
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <fieldset className="max-h-64 overflow-y-auto rounded-md border border-zinc-200 p-2" aria-busy={loading}>
        <legend className="px-1 text-sm font-medium text-zinc-800">
          Secrets with a value in the source ({selected.size} selected)
        </legend>
        {list.length === 0 ? (
          <p className="p-2 text-sm text-zinc-500">
            {loading ? "Loading…" : "No secret you may edit has a value there."}
          </p>
        ) : (
          <>
            <label className="flex items-center gap-2 border-b border-zinc-100 p-1 text-sm font-medium">
              <input
                type="checkbox"
                checked={all}
                onChange={(e) =>
                  toggle(
                    list.map((c) => c.id),
                    e.target.checked,
                  )
                }
              />{" "}
              Select all
            </label>
            {list.map((c) => (
              <label key={c.id} className="flex items-center gap-2 p-1 text-sm">
                <input
                  type="checkbox"
                  checked={selected.has(c.id)}
                  onChange={(e) => toggle([c.id], e.target.checked)}
                />
                <span className="font-mono">{c.name}</span>
                <span className="text-xs text-zinc-500">
                  {c.scope === "WORKSPACE"
                    ? `Workspace ${c.workspaceName}`
                    : c.scope === "PERSONAL"
                      ? "Personal"
                      : "Organization"}
                </span>
              </label>
            ))}
          </>
        )}
      </fieldset>
    </div>
  );
}
