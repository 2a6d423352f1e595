"use client";
// "Copy values": choose environments and secrets → preview (created / overwritten) → confirm.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button, Dialog, DialogFooter } from "@/components/ui";
import { CopyChoose } from "./copy-choose";
import { CopyPreviewList, CopyResults } from "./copy-preview";
import type { CopyActions, CopyPreviewItem, CopyResultItem, EnvOption } from "./copy-types";

type Props = { orgId: string; environments: EnvOption[]; actions: CopyActions };

export function CopyValuesButton({ orgId, environments, actions }: Props) {
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(environments[0]?.id ?? "");
  const [to, setTo] = useState(environments[1]?.id ?? environments[0]?.id ?? "");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [preview, setPreview] = useState<CopyPreviewItem[] | null>(null);
  const [results, setResults] = useState<CopyResultItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const name = (id: string) => environments.find((e) => e.id === id)?.name ?? "";
  const close = () => {
    setOpen(false);
    setPreview(null);
    setResults(null);
    setError(null);
    if (results) router.refresh();
  };
  const toCopy = preview?.filter((p) => p.action === "create" || p.action === "overwrite") ?? [];
  const doPreview = () =>
    start(async () => {
      const r = await actions.preview({
        orgId,
        fromEnvironmentId: from,
        toEnvironmentId: to,
        secretIds: [...selected],
      });
      setError(r.ok ? null : r.error);
      if (r.ok) setPreview(r.data.items);
    });
  const doCopy = () =>
    start(async () => {
      const r = await actions.apply({
        orgId,
        fromEnvironmentId: from,
        toEnvironmentId: to,
        items: toCopy.map((p) => ({ secretId: p.secretId, expectedVersion: p.expectedVersion })),
      });
      setError(r.ok ? null : r.error);
      if (r.ok) setResults(r.data);
    });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={environments.length < 2}>
        Copy values
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title="Copy values"
        className="max-w-2xl"
        description={
          results
            ? "Done. Each copy was recorded in the audit log."
            : preview
              ? `Preview: ${name(from)} → ${name(to)}. ${toCopy.length} value${toCopy.length === 1 ? "" : "s"} will be copied; nothing has been copied yet.`
              : "Copy the current values of selected secrets from one environment to another, e.g. Test → Live."
        }
      >
        {results ? (
          <CopyResults results={results} />
        ) : preview ? (
          <CopyPreviewList items={preview} from={name(from)} to={name(to)} />
        ) : (
          <CopyChoose
            orgId={orgId}
            environments={environments}
            from={from}
            to={to}
            selected={selected}
            candidates={actions.candidates}
            onChange={(n) => {
              if (n.from !== undefined) setFrom(n.from);
              if (n.to !== undefined) setTo(n.to);
              if (n.selected) setSelected(n.selected);
            }}
          />
        )}
        {error && (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {error}
          </p>
        )}
        <DialogFooter>
          {results ? (
            <Button onClick={close}>Close</Button>
          ) : preview ? (
            <>
              <Button variant="secondary" onClick={() => setPreview(null)}>
                Back
              </Button>
              <Button pending={pending} disabled={toCopy.length === 0} onClick={doCopy}>
                Copy values
              </Button>
            </>
          ) : (
            <>
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              <Button pending={pending} disabled={selected.size === 0 || from === to} onClick={doPreview}>
                Preview
              </Button>
            </>
          )}
        </DialogFooter>
      </Dialog>
    </>
  );
}
