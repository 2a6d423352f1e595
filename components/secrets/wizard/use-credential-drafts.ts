"use client";
// Switching the credential type keeps what was typed for the previous type (switching back
// restores it); switching "Same for all environments" carries the typed payload over.
import { useRef } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { CredentialType } from "@/lib/secrets/credential-types";
import {
  ALL_ENVIRONMENTS,
  emptyCredential,
  isBlankPayload,
  type CredentialFormValues,
} from "../credential/credential-form-values.ts";
import type { EnvironmentChoice, WizardValues } from "./wizard-values.ts";

export function useCredentialDrafts(
  form: UseFormReturn<WizardValues>,
  environments: { id: string }[],
  initialType: CredentialType | "" = "",
) {
  const drafts = useRef(new Map<string, CredentialFormValues>());
  const lastType = useRef<CredentialType | "">(initialType);

  function changeType(type: CredentialType | "") {
    const current = form.getValues("credential");
    if (lastType.current) drafts.current.set(lastType.current, { ...current, type: lastType.current });
    lastType.current = type;
    const next =
      drafts.current.get(type) ??
      (type ? emptyCredential(type, [ALL_ENVIRONMENTS, ...environments.map((e) => e.id)]) : { type: "", values: {} });
    form.setValue("credential", next, { shouldDirty: true });
    form.clearErrors("credential");
  }

  function carryPayloads(previous: EnvironmentChoice, next: EnvironmentChoice) {
    const type = form.getValues("credential.type");
    if (!type || previous.sameForAll === next.sameForAll) return;
    const values = form.getValues("credential.values") ?? {};
    const copy = (from: string, to: string) => {
      if (values[from] && isBlankPayload(type, values[to]))
        form.setValue(`credential.values.${to}`, structuredClone(values[from]));
    };
    if (next.sameForAll) copy(next.selected[0] ?? "", ALL_ENVIRONMENTS);
    else next.selected.forEach((id) => copy(ALL_ENVIRONMENTS, id));
  }

  return { changeType, carryPayloads };
}
