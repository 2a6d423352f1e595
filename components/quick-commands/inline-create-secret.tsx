"use client";
// "Create and add": the Secrets Manager's register-secret wizard, inline in the picker. Its
// register action is wrapped so that a successful registration returns here with the new
// secret (its type, location and header name come from what the wizard submitted). It starts
// from the Storage location and type chosen in the picker.
import { Button } from "@/components/ui";
import type { RegisterSecretAction } from "@/components/secrets/action-types";
import {
  RegisterSecretWizard,
  type RegisterSecretWizardProps,
} from "@/components/secrets/wizard/register-secret-wizard";
import type { Scope } from "@/lib/domain/constants";
import type { CredentialType } from "@/lib/secrets/credential-types";
import type { PickedSecret } from "./secret-picker-dialog.tsx";

export type InlineWizardProps = RegisterSecretWizardProps;

type Props = InlineWizardProps & {
  /** What was chosen in the picker before "Create and add": the wizard starts from it. */
  initialScope?: Scope | "";
  initialType?: CredentialType | "";
  onCreated: (s: PickedSecret) => void;
  onCancel: () => void;
};

function suggestedHeader(type: string, headerName: unknown): string {
  if ((type === "API_KEY" || type === "BEARER_TOKEN") && typeof headerName === "string" && headerName)
    return headerName;
  return type === "API_KEY" ? "X-API-Key" : "Authorization";
}

export function InlineCreateSecret({ onCreated, onCancel, ...wizard }: Props) {
  const register: RegisterSecretAction = async (input) => {
    const result = await wizard.actions.register(input);
    if (result.ok) {
      const credential = input.credential as { type: string; headerName?: unknown };
      onCreated({
        ...result.data,
        type: credential.type,
        scope: input.scope,
        suggestedHeader: suggestedHeader(credential.type, credential.headerName),
      });
    }
    return result;
  };
  return (
    <div className="grid gap-3">
      <RegisterSecretWizard {...wizard} actions={{ ...wizard.actions, register }} />
      <div className="flex justify-end">
        <Button variant="ghost" onClick={onCancel}>
          Back to choosing a secret
        </Button>
      </div>
    </div>
  );
}
