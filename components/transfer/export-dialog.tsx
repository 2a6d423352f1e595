"use client";
// "Export": the values of a storage location in one environment as .env or JSON. A value
// reveal — the password is asked again and the export is recorded in the audit log.
import { useId, useState, useTransition } from "react";
import { Button, Dialog, DialogFooter, FieldError, Input, Label, Select } from "@/components/ui";
import { TransferTargetFields } from "./transfer-target-fields";
import type { ExportedFile, TransferActions } from "./transfer-types";
import { defaultScopeValue } from "./default-scope";
import { targetOf, useTransferOptions } from "./use-transfer-options";

function download(file: ExportedFile) {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = Object.assign(document.createElement("a"), { href: url, download: file.filename });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportDialog({
  orgId,
  actions,
  currentWorkspaceId,
}: {
  orgId: string;
  actions: TransferActions;
  currentWorkspaceId?: string | null;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const { options, error: loadError } = useTransferOptions(open, orgId, "export", actions.options);
  const [scope, setScope] = useState<string | null>(null);
  const [env, setEnv] = useState<string | null>(null);
  const [format, setFormat] = useState<"dotenv" | "json">("dotenv");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ form?: string; password?: string }>({});
  const [done, setDone] = useState<ExportedFile | null>(null);
  const [pending, start] = useTransition();
  const scopeValue = scope ?? defaultScopeValue(options?.scopes, currentWorkspaceId);
  const envValue = env ?? options?.environments[0]?.id ?? "";
  const close = () => {
    setOpen(false);
    setPassword("");
    setErrors({});
    setDone(null);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!password) return setErrors({ password: "Enter your password to export values." });
    start(async () => {
      const r = await actions.exportValues({
        target: targetOf(orgId, scopeValue),
        environmentId: envValue,
        format,
        password,
      });
      setPassword("");
      if (!r.ok)
        return setErrors({
          form: r.fieldErrors?.password ? undefined : r.error,
          password: r.fieldErrors?.password?.[0],
        });
      setErrors({});
      setDone(r.data);
      download(r.data);
    });
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Export
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title="Export values"
        description="Exporting reveals values: it is recorded in the audit log. Keep the file safe and delete it when you no longer need it."
      >
        {done ? (
          <div role="status" className="space-y-2 text-sm text-zinc-800">
            <p>
              Downloaded {done.filename}: {done.variables} variable{done.variables === 1 ? "" : "s"} from {done.secrets}{" "}
              secret{done.secrets === 1 ? "" : "s"}.
            </p>
            {done.skipped.length > 0 && (
              <ul className="list-disc pl-5 text-zinc-600">
                {done.skipped.map((s) => (
                  <li key={s}>Skipped {s}</li>
                ))}
              </ul>
            )}
          </div>
        ) : !options ? (
          <p className="text-sm text-zinc-600">{loadError ?? "Loading…"}</p>
        ) : (
          <form id={`${id}-form`} onSubmit={submit} noValidate className="space-y-4">
            <TransferTargetFields
              options={options}
              scope={scopeValue}
              environmentId={envValue}
              onScope={setScope}
              onEnvironment={setEnv}
            />
            <div>
              <Label htmlFor={`${id}-format`}>Format</Label>
              <Select
                id={`${id}-format`}
                value={format}
                onChange={(e) => setFormat(e.target.value as "dotenv" | "json")}
              >
                <option value="dotenv">.env</option>
                <option value="json">JSON</option>
              </Select>
            </div>
            <div>
              <Label htmlFor={`${id}-password`}>Password</Label>
              <Input
                id={`${id}-password`}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={!!errors.password}
                aria-describedby={`${id}-password-error`}
              />
              <FieldError id={`${id}-password-error`}>{errors.password}</FieldError>
            </div>
            {errors.form && (
              <p role="alert" className="text-sm text-red-700">
                {errors.form}
              </p>
            )}
          </form>
        )}
        <DialogFooter>
          {done ? (
            <Button onClick={close}>Close</Button>
          ) : (
            <>
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" form={`${id}-form`} pending={pending} disabled={!options}>
                Export
              </Button>
            </>
          )}
        </DialogFooter>
      </Dialog>
    </>
  );
}
