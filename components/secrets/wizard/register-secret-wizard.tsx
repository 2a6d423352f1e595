"use client";
// The register-secret wizard: Storage location → Credential → Review → success screen.
// One react-hook-form instance holds every step (nothing is lost going back and forth or on a
// server refusal), validated with the registration schema the server action uses.
import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { Alert, Button, Card, CardContent, useHydrated } from "@/components/ui";
import type {
  CertificateDetails,
  CheckCertificateKeyAction,
  CheckSecretNameAction,
  InspectCertificateAction,
  RegisterSecretAction,
} from "../action-types.ts";
import { CertificateKeyCheckContext, certificateKeyCheck } from "../credential/certificate-key-check.ts";
import { useLeaveGuard } from "../credential/use-leave-guard.ts";
import { ALL_ENVIRONMENTS } from "../credential/credential-form-values.ts";
import type { Scope } from "@/lib/domain/constants";
import type { CredentialType } from "@/lib/secrets/credential-types";
import type { EnvironmentOption } from "../credential/environment-values.tsx";
import { CredentialStep } from "./credential-step.tsx";
import { ReviewStep } from "./review-step.tsx";
import { StorageLocationStep, type StorageOptions } from "./storage-location-step.tsx";
import { SuccessScreen } from "./success-screen.tsx";
import { useCredentialDrafts } from "./use-credential-drafts.ts";
import { useNameAvailability, takenMessage } from "./use-name-availability.ts";
import { useRegisterSubmit } from "./use-register-submit.ts";
import { STEP_TITLES, WizardProgress } from "./wizard-progress.tsx";
import { wizardResolver } from "./wizard-resolver.ts";
import {
  defaultScope,
  defaultWorkspaceId,
  errorFieldNames,
  initialWizardValues,
  STEP_FIELDS,
  storageProblems,
  type EnvironmentChoice,
  type WizardValues,
} from "./wizard-values.ts";

export type RegisterSecretWizardProps = {
  orgId: string;
  environments: EnvironmentOption[];
  storage: StorageOptions;
  actions: {
    register: RegisterSecretAction;
    checkName: CheckSecretNameAction;
    inspectCertificate: InspectCertificateAction;
    checkCertificateKey?: CheckCertificateKeyAction;
  };
};

/** Where "Create and add" starts: the Storage location and type already chosen in the secret picker. */
type WizardStart = { initialScope?: Scope | ""; initialType?: CredentialType | "" };

export function RegisterSecretWizard(props: RegisterSecretWizardProps & WizardStart) {
  const [registered, setRegistered] = useState<{ id: string; name: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  if (registered) {
    return <SuccessScreen secret={registered} onAnother={() => (setRegistered(null), setAttempt((n) => n + 1))} />;
  }
  return <WizardForm key={attempt} {...props} onRegistered={setRegistered} />;
}

type WizardFormProps = RegisterSecretWizardProps &
  WizardStart & { onRegistered: (s: { id: string; name: string }) => void };

function WizardForm({
  orgId,
  environments,
  storage,
  actions,
  onRegistered,
  initialScope,
  initialType,
}: WizardFormProps) {
  const [step, setStep] = useState(0);
  // No environment is preselected (but a lone one): a value in every environment by default
  // would fill each newly added environment too, which then could never be deleted.
  const choiceRef = useRef<EnvironmentChoice>({
    selected: environments.length === 1 ? [environments[0]!.id] : [],
    sameForAll: true,
  });
  const [choice, setChoiceState] = useState(choiceRef.current);
  const [certificate, setCertificate] = useState<CertificateDetails | null>(null);
  const form = useForm<WizardValues>({
    defaultValues: initialWizardValues(
      orgId,
      defaultWorkspaceId(storage.workspaces, storage.currentWorkspaceId),
      defaultScope(storage, initialScope),
      {
        type: initialType,
        environmentKeys: [ALL_ENVIRONMENTS, ...environments.map((e) => e.id)],
      },
    ),
    resolver: wizardResolver(choiceRef),
    mode: "onTouched",
  });
  const [scope, workspaceId, name] = useWatch({ control: form.control, name: ["scope", "workspaceId", "name"] });
  const nameAvailability = useNameAvailability(actions.checkName, { orgId, scope, workspaceId, name });
  const drafts = useCredentialDrafts(form, environments, initialType);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { submit, formError, setFormError } = useRegisterSubmit(
    form,
    choiceRef,
    actions.register,
    onRegistered,
    setStep,
  );

  useLeaveGuard(form.formState.isDirty || step > 0);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  function setChoice(next: EnvironmentChoice) {
    drafts.carryPayloads(choiceRef.current, next);
    choiceRef.current = next;
    setChoiceState(next);
  }

  // After a refused step, a field with an error is validated again as it is typed in, not only
  // when it loses focus: otherwise the error of the last corrected field would disappear when the
  // pointer presses Next, moving the button away before the click lands.
  function touchFieldsWithErrors() {
    for (const name of errorFieldNames(form.formState.errors)) {
      const field = name as Path<WizardValues>;
      form.setValue(field, form.getValues(field), { shouldTouch: true });
    }
  }

  // The wizard is driven by React: until it hydrates, Next (the form's default button) stays
  // disabled, so an early click or Enter waits instead of submitting the form natively.
  const hydrated = useHydrated();

  async function next() {
    setFormError(null);
    if (!(await form.trigger([...STEP_FIELDS[step as 0 | 1]], { shouldFocus: true }))) return touchFieldsWithErrors();
    const problems = step === 0 ? storageProblems(form.getValues()) : [];
    problems.forEach(([field, message]) => form.setError(field, { type: "required", message }));
    if (problems.length) return touchFieldsWithErrors();
    if (step === 1 && (await nameAvailability.settle()) === "taken") {
      form.setError("name", { type: "taken", message: takenMessage(name) }, { shouldFocus: true });
      return touchFieldsWithErrors();
    }
    setStep(step + 1);
  }

  return (
    <FormProvider {...form}>
      <CertificateKeyCheckContext value={certificateKeyCheck(form, actions.checkCertificateKey)}>
        <WizardProgress step={step} />
        <form noValidate onSubmit={step < 2 ? (e) => (e.preventDefault(), void next()) : submit}>
          <Card>
            <CardContent className="py-6">
              <h2 ref={heading} tabIndex={-1} className="mb-4 text-lg font-semibold text-zinc-900 focus:outline-none">
                {STEP_TITLES[step]}
              </h2>
              {formError && <Alert className="mb-4">{formError}</Alert>}
              {step === 0 && <StorageLocationStep {...storage} />}
              {step === 1 && (
                <CredentialStep
                  environments={environments}
                  choice={choice}
                  onChoiceChange={setChoice}
                  onTypeChange={drafts.changeType}
                  nameAvailability={nameAvailability}
                  inspectCertificate={actions.inspectCertificate}
                  certificate={certificate}
                  onCertificate={setCertificate}
                />
              )}
              {step === 2 && (
                <ReviewStep environments={environments} choice={choice} certificate={certificate} storage={storage} />
              )}
            </CardContent>
            <div className="flex justify-between gap-2 border-t border-zinc-200 px-5 py-4">
              {step > 0 ? (
                <Button variant="secondary" onClick={() => (setFormError(null), setStep(step - 1))}>
                  Back
                </Button>
              ) : (
                <span />
              )}
              {step < 2 ? (
                <Button type="submit" disabled={!hydrated}>
                  Next
                </Button>
              ) : (
                <Button type="submit" pending={form.formState.isSubmitting}>
                  Register secret
                </Button>
              )}
            </div>
          </Card>
        </form>
      </CertificateKeyCheckContext>
    </FormProvider>
  );
}
