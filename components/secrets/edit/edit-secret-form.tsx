"use client";
// Edit a secret: the name and type are shown read-only; secret fields start empty ("leave
// blank to keep the current value"); Save changes sends only what changed, based on the
// version the form was loaded with — a newer version on the server is a conflict, and the
// form keeps everything the user typed.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Alert, Button, Card, CardContent, buttonClasses, useToast } from "@/components/ui";
import type {
  CertificateDetails,
  CheckCertificateKeyAction,
  InspectCertificateAction,
  UpdateSecretAction,
} from "../action-types.ts";
import { CertificateKeyCheckContext, certificateKeyCheck } from "../credential/certificate-key-check.ts";
import { useLeaveGuard } from "../credential/use-leave-guard.ts";
import { EnvironmentValues, type EnvironmentOption } from "../credential/environment-values.tsx";
import type { UpdateSecretInput } from "@/lib/secrets/secret-form-schema";
import { editFieldName, editResolver } from "./edit-resolver.ts";
import { EditFields } from "./edit-fields.tsx";
import { isUnchanged, type EditChoice, type EditValues } from "./edit-values.ts";
import Link from "next/link";

export type EditSecretFormProps = {
  name: string;
  typeLabel: string;
  initial: EditValues;
  environments: EnvironmentOption[];
  spots: { id: string; name: string }[];
  certificate: CertificateDetails | null;
  actions: {
    update: UpdateSecretAction;
    inspectCertificate: InspectCertificateAction;
    checkCertificateKey?: CheckCertificateKeyAction;
  };
};

export function EditSecretForm({
  name,
  typeLabel,
  initial,
  environments,
  spots,
  certificate: initialCertificate,
  actions,
}: EditSecretFormProps) {
  const router = useRouter();
  const toast = useToast();
  const choiceRef = useRef<EditChoice>({ environmentIds: environments.map((e) => e.id), sameForAll: false });
  const [sameForAll, setSameForAll] = useState(false);
  const [certificate, setCertificate] = useState(initialCertificate);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EditValues>({
    defaultValues: initial,
    resolver: editResolver(initial, choiceRef),
    mode: "onTouched",
  });
  const [saved, setSaved] = useState(false);
  useLeaveGuard(form.formState.isDirty && !saved);

  const submit = form.handleSubmit(async (values) => {
    const input = values as unknown as UpdateSecretInput;
    setFormError(null);
    if (isUnchanged(input)) return setFormError("Nothing to save: change a field or enter a new value first.");
    const result = await actions.update(input);
    if (result.ok) {
      setSaved(true);
      toast(`Changes to ${name} saved.`);
      router.push(`/secrets/${initial.secretId}`);
      return;
    }
    setFormError(result.error);
    for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (key !== "_form")
        form.setError(editFieldName(key, choiceRef.current) as keyof EditValues, {
          type: "server",
          message: messages[0],
        });
    }
  });

  return (
    <FormProvider {...form}>
      <CertificateKeyCheckContext value={certificateKeyCheck(form, actions.checkCertificateKey)}>
        <form noValidate onSubmit={submit}>
          <Card>
            <CardContent className="grid gap-5 py-6">
              {formError && <Alert>{formError}</Alert>}
              <EditFields
                name={name}
                typeLabel={typeLabel}
                type={initial.credential.type}
                showAvailability={initial.availability !== ""}
                spots={spots}
                inspectCertificate={actions.inspectCertificate}
                certificate={certificate}
                onCertificate={setCertificate}
              />
              <EnvironmentValues
                type={initial.credential.type}
                environments={environments}
                selected={choiceRef.current.environmentIds}
                sameForAll={sameForAll}
                onSameForAllChange={(same) => {
                  choiceRef.current = { ...choiceRef.current, sameForAll: same };
                  setSameForAll(same);
                }}
                keepBlank
              />
            </CardContent>
            <div className="flex justify-end gap-2 border-t border-zinc-200 px-5 py-4">
              <Link href={`/secrets/${initial.secretId}`} className={buttonClasses("secondary")}>
                Cancel
              </Link>
              <Button type="submit" pending={form.formState.isSubmitting}>
                Save changes
              </Button>
            </div>
          </Card>
        </form>
      </CertificateKeyCheckContext>
    </FormProvider>
  );
}
