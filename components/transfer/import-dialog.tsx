"use client";
// "Import": a .env or JSON file into a storage location and environment. Preview first (new,
// changed, unchanged, invalid lines), then one transaction on the server with a progress bar.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Button, Dialog, DialogFooter, Input, Label } from "@/components/ui";
import { ImportPreview, ImportProgressBar } from "./import-preview";
import { requestPreview, runImport } from "./import-request";
import { TransferTargetFields } from "./transfer-target-fields";
import type { ImportPreviewView, ImportProgressView, ImportResultView, TransferActions } from "./transfer-types";
import { defaultScopeValue } from "./default-scope";
import { targetOf, useTransferOptions } from "./use-transfer-options";

const PHASE: Record<ImportProgressView["phase"], string> = {
  checking: "Checking the file…",
  encrypting: "Encrypting values…",
  writing: "Saving…",
};

export function ImportDialog({
  orgId,
  actions,
  currentWorkspaceId,
}: {
  orgId: string;
  actions: TransferActions;
  currentWorkspaceId?: string | null;
}) {
  const id = useId();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { options, error: loadError } = useTransferOptions(open, orgId, "import", actions.options);
  const [scope, setScope] = useState<string | null>(null);
  const [env, setEnv] = useState<string | null>(null);
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreviewView | null>(null);
  const [progress, setProgress] = useState<ImportProgressView | null>(null);
  const [result, setResult] = useState<ImportResultView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scopeValue = scope ?? defaultScopeValue(options?.scopes, currentWorkspaceId);
  const envValue = env ?? options?.environments[0]?.id ?? "";
  const body = () => ({
    target: targetOf(orgId, scopeValue),
    environmentId: envValue,
    format: (/\.json$/i.test(file!.name) || file!.content.trimStart().startsWith("{") ? "json" : "dotenv") as
      "json" | "dotenv",
    content: file!.content,
  });
  const reset = () => {
    setPreview(null);
    setResult(null);
    setError(null);
    setProgress(null);
  };
  const close = () => {
    setOpen(false);
    reset();
    setFile(null);
    if (result) router.refresh();
  };
  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const doPreview = () =>
    act(async () => {
      const r = await requestPreview(body());
      if (r.ok) setPreview(r.data);
      else setError(r.error);
    });
  const doImport = () =>
    act(async () => {
      const r = await runImport(body(), setProgress);
      setProgress(null);
      if (r.ok) setResult(r.data);
      else setError(r.error);
    });
  const importable = preview ? preview.counts.new + preview.counts.changed : 0;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Import
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title="Import secrets"
        className="max-w-2xl"
        description="Upload a .env or JSON file. Each entry becomes a Key/Value secret named after its key (case kept) with one pair: the key and its value. Existing Key/Value secrets of that name get a new value in the chosen environment."
      >
        {!options ? (
          <p className="text-sm text-zinc-600">{loadError ?? "Loading…"}</p>
        ) : result ? (
          <p role="status" className="text-sm text-zinc-800">
            Imported into {result.environmentName}: {result.created} new, {result.updated} changed, {result.unchanged}{" "}
            unchanged; {result.invalid} invalid line{result.invalid === 1 ? "" : "s"} skipped.
          </p>
        ) : (
          <div className="space-y-4">
            <TransferTargetFields
              options={options}
              scope={scopeValue}
              environmentId={envValue}
              onScope={(v) => {
                setScope(v);
                reset();
              }}
              onEnvironment={(v) => {
                setEnv(v);
                reset();
              }}
            />
            <div>
              <Label htmlFor={`${id}-file`}>File</Label>
              <Input
                id={`${id}-file`}
                type="file"
                accept=".env,.json,application/json,text/plain"
                className="py-1.5"
                onChange={async (e) => {
                  const f = e.target.files?.[0];
                  reset();
                  setFile(f ? { name: f.name, content: await f.text() } : null);
                }}
              />
            </div>
            {preview && <ImportPreview preview={preview} />}
            {progress && (
              <ImportProgressBar label={PHASE[progress.phase]} done={progress.done} total={progress.total} />
            )}
          </div>
        )}
        {error && (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {error}
          </p>
        )}
        <DialogFooter>
          {result ? (
            <Button onClick={close}>Close</Button>
          ) : (
            <>
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              {preview ? (
                <Button pending={busy} disabled={importable === 0} onClick={doImport}>
                  Import {importable} secret{importable === 1 ? "" : "s"}
                </Button>
              ) : (
                <Button pending={busy} disabled={!file || !options} onClick={doPreview}>
                  Preview
                </Button>
              )}
            </>
          )}
        </DialogFooter>
      </Dialog>
    </>
  );
}
