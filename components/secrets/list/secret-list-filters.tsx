"use client";
// Search by name, filter by credential type and status, rows per page — all kept in the URL.
import { useEffect, useId, useRef, useState } from "react";
import { useListTransition } from "@/components/data-table/list-transition";
import { Input, Label, Select } from "@/components/ui";
import { CREDENTIAL_TYPE_IDS, CREDENTIAL_TYPES } from "@/lib/secrets/credential-types";
import { SECRET_STATUS_LABELS } from "@/lib/domain/constants";
import { PAGE_SIZES } from "@/lib/secrets/list-query";
import { mergeListParams, secretListHref, type ListParams } from "./list-url.ts";

const STATUSES = ["ACTIVE", "INACTIVE", "SCHEDULED_FOR_DELETION", "EXPIRED"] as const;
const SEARCH_DEBOUNCE_MS = 350;

export function SecretListFilters({
  params,
  workspaces,
  workspaceChoice,
}: {
  params: ListParams;
  workspaces: { id: string; name: string }[];
  /** The "In workspace" filter: the workspace shown (from the URL or the top bar), and the value meaning all of them. */
  workspaceChoice: { selected: string; all: string };
}) {
  const { navigate } = useListTransition();
  const id = useId();
  const [q, setQ] = useState(params.q ?? "");
  // The last term searched from here, and the terms sent whose page may still arrive.
  const [searched, setSearched] = useState({ last: params.q ?? "", inFlight: [] as string[] });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The filters as last requested. A second change made before the page has re-rendered with
  // the first builds on it (not on the params the server rendered, which would undo the first);
  // each new render from the server is the truth again.
  const [requested, setRequested] = useState(params);
  const [rendered, setRendered] = useState(params);
  if (params !== rendered) {
    setRendered(params);
    setRequested(params);
    // The box follows the URL (a sidebar link, Clear filters), except while the pages of terms
    // typed here arrive: more may have been typed since.
    const urlQ = params.q ?? "";
    if (urlQ === searched.last) setSearched({ last: urlQ, inFlight: [] });
    else if (!searched.inFlight.includes(urlQ)) {
      setSearched({ last: urlQ, inFlight: [] });
      setQ(urlQ);
    }
  }

  const search = (value: string) => {
    clearTimeout(timer.current);
    const term = value.trim();
    if (term === searched.last) return;
    setSearched((s) => ({ last: term, inFlight: [...s.inFlight, term] }));
    const next = mergeListParams(requested, { q: term || undefined });
    setRequested(next);
    navigate(secretListHref(next), { replace: true });
  };

  // Typing searches after a pause; Enter and leaving the box search at once, so that a search
  // never lands after the next click (a row's menu, a link) and takes the page away from it.
  useEffect(() => {
    if (q.trim() === searched.last) return;
    timer.current = setTimeout(() => search(q), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer.current);
  });

  const go = (changes: ListParams) => {
    const next = mergeListParams(requested, changes);
    setRequested(next);
    navigate(secretListHref(next));
  };

  return (
    <div className="mt-4 flex flex-wrap items-end gap-3">
      <form
        role="search"
        className="w-full sm:w-64"
        onSubmit={(e) => {
          e.preventDefault();
          search(q);
        }}
      >
        <Label htmlFor={`${id}-q`}>Search by name</Label>
        <Input
          id={`${id}-q`}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onBlur={() => search(q)}
          placeholder="e.g. stripe"
        />
      </form>
      <div className="w-56">
        <Label htmlFor={`${id}-type`}>Credential type</Label>
        <Select
          id={`${id}-type`}
          value={requested.type ?? ""}
          onChange={(e) => go({ type: e.target.value || undefined })}
        >
          <option value="">All types</option>
          {CREDENTIAL_TYPE_IDS.map((t) => (
            <option key={t} value={t}>
              {CREDENTIAL_TYPES[t].label}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-48">
        <Label htmlFor={`${id}-status`}>Status</Label>
        <Select
          id={`${id}-status`}
          value={requested.status ?? ""}
          onChange={(e) => go({ status: (e.target.value || undefined) as ListParams["status"] })}
        >
          <option value="">All statuses</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {SECRET_STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
      </div>
      {params.scope === "WORKSPACE" && workspaces.length > 1 && (
        <div className="w-48">
          <Label htmlFor={`${id}-ws`}>In workspace</Label>
          <Select
            id={`${id}-ws`}
            value={workspaceChoice.selected}
            onChange={(e) => go({ workspaceId: e.target.value || undefined })}
          >
            <option value={workspaceChoice.all}>All my workspaces</option>
            {workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div className="w-32">
        <Label htmlFor={`${id}-size`}>Rows per page</Label>
        <Select
          id={`${id}-size`}
          value={String(requested.pageSize ?? 25)}
          onChange={(e) => go({ pageSize: Number(e.target.value) })}
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
