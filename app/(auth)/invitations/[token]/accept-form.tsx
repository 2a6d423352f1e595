"use client";
// A new user's name and password (typed twice); on success they are signed in at once.
import { useId } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { acceptInvitationSchema, PASSWORD_MIN_LENGTH, type AcceptInvitationInput } from "@/lib/members/schema";
import { Button, Input, Label } from "@/components/ui";
import { HookFormError, HookFormFields, type HookFieldSpec } from "@/components/forms/hook-form-fields";
import type { acceptInvitationAction } from "./actions";

type Field = "name" | "password" | "confirmPassword";
const FIELDS: HookFieldSpec<AcceptInvitationInput>[] = [
  { name: "name", label: "Name", type: "text", autoComplete: "name" },
  {
    name: "password",
    label: "Password",
    type: "password",
    autoComplete: "new-password",
    hint: `At least ${PASSWORD_MIN_LENGTH} characters.`,
  },
  { name: "confirmPassword", label: "Confirm password", type: "password", autoComplete: "new-password" },
];

export function AcceptForm({
  token,
  email,
  action,
}: {
  token: string;
  email: string;
  action: typeof acceptInvitationAction;
}) {
  const id = useId();
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token, name: "", password: "", confirmPassword: "" },
  });
  const { handleSubmit, formState, setError } = form;
  const onSubmit = handleSubmit(async (values) => {
    const result = await action(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
        setError(field as Field, { message: messages[0] });
      return setError("root", { message: result.error });
    }
    const signedIn = await signIn("credentials", {
      redirect: false,
      email: result.data.email,
      password: values.password,
    });
    window.location.assign(signedIn?.ok && !signedIn.error ? "/secrets" : "/login");
    await new Promise(() => {});
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div>
        <Label htmlFor={`${id}-email`}>E-mail</Label>
        <Input id={`${id}-email`} value={email} readOnly disabled autoComplete="username" />
      </div>
      <HookFormFields id={id} fields={FIELDS} form={form} />
      <HookFormError form={form} />
      <Button type="submit" className="w-full" pending={formState.isSubmitting}>
        Accept invitation
      </Button>
    </form>
  );
}
