"use client";
// "Change password": the current password, the new one typed twice. Messages at the fields
// (wrong current password, rules as at invitation); on success the other sessions have ended.
import { useId } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/account/schema";
import { PASSWORD_MIN_LENGTH } from "@/lib/members/schema";
import { Button, useToast } from "@/components/ui";
import { HookFormError, HookFormFields, type HookFieldSpec } from "@/components/forms/hook-form-fields";
import type { ChangePasswordAction } from "./types";

type Field = keyof ChangePasswordInput;
const FIELDS: HookFieldSpec<ChangePasswordInput>[] = [
  { name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" },
  {
    name: "newPassword",
    label: "New password",
    type: "password",
    autoComplete: "new-password",
    hint: `At least ${PASSWORD_MIN_LENGTH} characters.`,
  },
  { name: "confirmPassword", label: "Confirm new password", type: "password", autoComplete: "new-password" },
];
const EMPTY: ChangePasswordInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function PasswordForm({ action }: { action: ChangePasswordAction }) {
  const id = useId();
  const toast = useToast();
  const router = useRouter();
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });
  const { handleSubmit, formState, setError, reset } = form;

  const onSubmit = handleSubmit(async (values) => {
    const result = await action(values);
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors ?? {});
      for (const [field, messages] of fields) setError(field as Field, { message: messages[0] });
      if (fields.length === 0) setError("root", { message: result.error });
      return;
    }
    reset(EMPTY);
    const n = result.data.sessionsEnded;
    toast(n === 0 ? "Password changed." : `Password changed. ${n} other ${n === 1 ? "session" : "sessions"} ended.`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <HookFormFields id={id} fields={FIELDS} form={form} />
      <HookFormError form={form} />
      <p className="text-xs text-zinc-500">Changing your password signs you out on every other browser and device.</p>
      <div className="flex justify-end">
        <Button type="submit" pending={formState.isSubmitting}>
          Change password
        </Button>
      </div>
    </form>
  );
}
