"use client";
// The Secret picker of a header row (seed: "Choose Existing Secret"): Storage location →
// Credential type → one of the secrets the user may use, chosen from a list the server
// filters; or "Create and add", which opens the register-secret wizard inline and returns
// with the new secret chosen. Only names and types reach the browser, never a value.
import { useEffect, useId, useState } from "react";
import { Button, Dialog, Input, Label, Select } from "@/components/ui";
import { SCOPE_LABELS, SCOPES, type Scope } from "@/lib/domain/constants";
import { CREDENTIAL_TYPES, type CredentialType } from "@/lib/secrets/credential-types";
import type { PickableSecret, PickerSecretsAction } from "./action-types.ts";
import { FIELD_TYPES } from "./form-values.ts";
import { InlineCreateSecret, type InlineWizardProps } from "./inline-create-secret.tsx";

export const PICKER_TYPES: CredentialType[] = [
  "API_KEY",
  "BEARER_TOKEN",
  "BASIC_AUTH",
  "CLIENT_CREDENTIALS",
  "KEY_VALUE",
  "JSON_CREDENTIALS",
];

export type PickedSecret = {
  id: string;
  name: string;
  type: string;
  scope: string;
  suggestedHeader: string;
  field?: string;
};

type Props = {
  open: boolean;
  onClose: () => void;
  orgId: string;
  headerKey: string;
  pickerSecrets: PickerSecretsAction;
  wizard: InlineWizardProps;
  onPick: (secret: PickedSecret) => void;
};

export function SecretPickerDialog({ open, onClose, orgId, headerKey, pickerSecrets, wizard, onPick }: Props) {
  // "Create and add" starts from what was chosen in the picker: its Storage location and type.
  const [creating, setCreating] = useState<{ scope: Scope | ""; type: CredentialType | "" } | null>(null);
  useEffect(() => setCreating(null), [open]);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={creating ? "Create and add a secret" : "Choose a secret"}
      description={
        headerKey
          ? `For the header ${headerKey}. The value is injected on the server and never shown.`
          : "The value is injected on the server and never shown."
      }
      className={creating ? "max-w-3xl" : undefined}
    >
      {creating ? (
        <InlineCreateSecret
          {...wizard}
          initialScope={creating.scope}
          initialType={creating.type}
          onCreated={(s) => (onPick(s), onClose())}
          onCancel={() => setCreating(null)}
        />
      ) : (
        <ChooseSecret
          orgId={orgId}
          pickerSecrets={pickerSecrets}
          onPick={(s) => (onPick(s), onClose())}
          onCreate={setCreating}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}

function ChooseSecret({
  orgId,
  pickerSecrets,
  onPick,
  onCreate,
  onCancel,
}: {
  orgId: string;
  pickerSecrets: PickerSecretsAction;
  onPick: (s: PickedSecret) => void;
  onCreate: (chosen: { scope: Scope | ""; type: CredentialType | "" }) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [scope, setScope] = useState<Scope | "">("");
  const [type, setType] = useState<CredentialType | "">("");
  const [field, setField] = useState("");
  const [secrets, setSecrets] = useState<PickableSecret[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const needsField = FIELD_TYPES.includes(type);

  useEffect(() => {
    setSecrets(null);
    setError(null);
    if (!scope || !type) return;
    let live = true;
    void pickerSecrets({ orgId, scope, type }).then((r) => {
      if (!live) return;
      if (r.ok) setSecrets(r.data);
      else setError(r.error);
    });
    return () => void (live = false);
  }, [orgId, scope, type, pickerSecrets]);

  function choose(secretId: string) {
    const s = secrets?.find((x) => x.id === secretId);
    if (!s) return;
    if (needsField && !field.trim()) return setError("Enter the field the header sends first.");
    onPick({ ...s, field: needsField ? field.trim() : undefined });
  }

  return (
    <div className="grid gap-4">
      <div>
        <Label htmlFor={`${id}-scope`}>Storage location</Label>
        <Select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.target.value as Scope | "")}>
          <option value="">Choose a storage location</option>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {SCOPE_LABELS[s]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor={`${id}-type`}>Credential type</Label>
        <Select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as CredentialType | "")}>
          <option value="">Choose a credential type</option>
          {PICKER_TYPES.map((t) => (
            <option key={t} value={t}>
              {CREDENTIAL_TYPES[t].label}
            </option>
          ))}
        </Select>
      </div>
      {needsField && (
        <div>
          <Label htmlFor={`${id}-field`}>Field</Label>
          <Input
            id={`${id}-field`}
            value={field}
            onChange={(e) => setField(e.target.value)}
            placeholder="e.g. API_TOKEN"
            aria-describedby={`${id}-field-help`}
          />
          <p id={`${id}-field-help`} className="mt-1 text-xs text-zinc-500">
            The key whose value the header sends. Every field is also available as {"{secret_name.KEY}"} in the endpoint
            and body.
          </p>
        </div>
      )}
      {scope && type && (
        <div>
          <Label htmlFor={`${id}-secret`}>Secret</Label>
          <Select
            id={`${id}-secret`}
            value=""
            disabled={secrets === null}
            onChange={(e) => choose(e.target.value)}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <option value="">
              {secrets === null
                ? "Loading…"
                : secrets.length
                  ? "Choose a secret"
                  : "No secret of this type you can use here"}
            </option>
            {secrets?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </div>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="mt-2 flex flex-wrap justify-between gap-2 border-t border-zinc-100 pt-4">
        <Button variant="secondary" onClick={() => onCreate({ scope, type })}>
          Create and add
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
