"use client";
// Search by name, filter by credential type and status, rows per page — all kept in the URL.
import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
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
  const router = useRouter();
  const id = useId();
  const [q, setQ] = useState(params.q ?? "");
  const lastPushed = useRef(params.q ?? "");
  // The filters as last requested. A second change made before the page has re-rendered with
  // the first builds on it (not on the params the server rendered, which would undo the first);
  // each new render from the server is the truth again.
  const [requested, setRequested] = useState(params);
  const [rendered, setRendered] = useState(params);
  if (params !== rendered) {
    setRendered(params);
    setRequested(params);
  }

  useEffect(() => {
    if (q.trim() === lastPushed.current) return;
    const timer = setTimeout(() => {
      lastPushed.current = q.trim();
      const next = mergeListParams(requested, { q: q.trim() || undefined });
      setRequested(next);
      router.replace(secretListHref(next));
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, requested, router]);

  const go = (changes: ListParams) => {
    const next = mergeListParams(requested, changes);
    setRequested(next);
    router.push(secretListHref(next));
  };

  return (
    <div className="mt-4 flex flex-wrap items-end gap-3">
      <div className="w-64">
        <Label htmlFor={`${id}-q`}>Search by name</Label>
        <Input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. stripe" />
      </div>
      <div className="w-56">
        <Label htmlFor={`${id}-type`}>Credential type</Label>
        <Select id={`${id}-type`} value={requested.type ?? ""} onChange={(e) => go({ type: e.target.value || undefined })}>
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
        <Select id={`${id}-status`} value={requested.status ?? ""} onChange={(e) => go({ status: (e.target.value || undefined) as ListParams["status"] })}>
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
          <Select id={`${id}-ws`} value={workspaceChoice.selected} onChange={(e) => go({ workspaceId: e.target.value || undefined })}>
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
        <Select id={`${id}-size`} value={String(requested.pageSize ?? 25)} onChange={(e) => go({ pageSize: Number(e.target.value) })}>
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
