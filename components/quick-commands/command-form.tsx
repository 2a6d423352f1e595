"use client";
// The Quick Command form (create and edit): react-hook-form validated with the schema the
// server action parses; a refusal by the server (a rule naming a secret) keeps every input and
// marks the field. The Secret picker is rendered outside the <form>.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Alert, Button, Card, CardContent } from "@/components/ui";
import type { CreateCommandAction, PickerSecretsAction, UpdateCommandAction } from "./action-types.ts";
import { BodyField, RequestFields, VisibilityField } from "./command-fields.tsx";
import { commandResolver } from "./command-resolver.ts";
import { toCommandInput, type CommandFormValues, type HeaderFormRow } from "./form-values.ts";
import { HeaderRows } from "./header-rows.tsx";
import type { InlineWizardProps } from "./inline-create-secret.tsx";
import { SecretPickerDialog, type PickedSecret } from "./secret-picker-dialog.tsx";

export type CommandFormProps = {
  orgId: string;
  initial: CommandFormValues;
  /** Edit mode: the command and the version the edit is based on. */
  existing?: { id: string; version: number };
  canShare: boolean;
  workspaces: { id: string; name: string }[];
  wizard: InlineWizardProps;
  actions: { create: CreateCommandAction; update: UpdateCommandAction; pickerSecrets: PickerSecretsAction };
};

export function CommandForm({ orgId, initial, existing, canShare, workspaces, wizard, actions }: CommandFormProps) {
  const router = useRouter();
  const form = useForm<CommandFormValues>({ defaultValues: initial, resolver: commandResolver, mode: "onTouched" });
  const [formError, setFormError] = useState<string | null>(null);
  const [picking, setPicking] = useState<number | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const command = toCommandInput(values);
    const result = existing
      ? await actions.update({ commandId: existing.id, expectedVersion: existing.version, command })
      : await actions.create({ orgId, command });
    if (!result.ok) {
      setFormError(result.error);
      for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
        const name = key.replace(/^command\./, "");
        if (name !== "_form" && name !== "orgId" && name !== "commandId")
          form.setError(name as keyof CommandFormValues, { type: "server", message: messages[0] });
      }
      return;
    }
    router.push(`/quick-commands/${result.data.id}`);
    router.refresh();
  });

  function pick(index: number, s: PickedSecret) {
    const current = form.getValues(`headers.${index}`);
    const row: HeaderFormRow = {
      kind: "secret",
      key: current?.key || s.suggestedHeader,
      secretId: s.id,
      secretName: s.name,
      secretType: s.type,
      secretScope: s.scope,
      field: s.field,
    };
    form.setValue(`headers.${index}`, row, { shouldDirty: true, shouldValidate: true });
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit}>
        <Card>
          <CardContent className="grid gap-5 py-6">
            {formError && <Alert>{formError}</Alert>}
            <RequestFields />
            <HeaderRows onChooseSecret={setPicking} />
            <BodyField />
            <VisibilityField workspaces={workspaces} canShare={canShare} />
          </CardContent>
          <div className="flex justify-end gap-2 border-t border-zinc-200 px-5 py-4">
            <Button variant="secondary" onClick={() => router.back()}>
              Cancel
            </Button>
            <Button type="submit" pending={form.formState.isSubmitting}>
              {existing ? "Save changes" : "Create quick command"}
            </Button>
          </div>
        </Card>
      </form>
      <SecretPickerDialog
        open={picking !== null}
        onClose={() => setPicking(null)}
        orgId={orgId}
        headerKey={picking !== null ? (form.getValues(`headers.${picking}.key`) ?? "") : ""}
        pickerSecrets={actions.pickerSecrets}
        wizard={wizard}
        onPick={(s) => picking !== null && pick(picking, s)}
      />
    </FormProvider>
  );
}
