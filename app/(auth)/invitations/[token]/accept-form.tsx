"use client";
// A new user's name and password (typed twice); on success they are signed in at once.
import { useId } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { acceptInvitationSchema, PASSWORD_MIN_LENGTH, type AcceptInvitationInput } from "@/lib/members/schema";
import { Button, FieldError, Input, Label } from "@/components/ui";
import type { acceptInvitationAction } from "./actions";

type Field = "name" | "password" | "confirmPassword";
const FIELDS: { name: Field; label: string; type: string; autoComplete: string; hint?: string }[] = [
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
  const { register, handleSubmit, formState, setError } = form;
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
      {FIELDS.map((f) => {
        const error = formState.errors[f.name]?.message;
        return (
          <div key={f.name}>
            <Label htmlFor={`${id}-${f.name}`}>{f.label}</Label>
            <Input
              id={`${id}-${f.name}`}
              type={f.type}
              autoComplete={f.autoComplete}
              aria-invalid={!!error}
              aria-describedby={`${id}-${f.name}-hint ${id}-${f.name}-error`}
              {...register(f.name)}
            />
            {f.hint && (
              <p id={`${id}-${f.name}-hint`} className="mt-1 text-xs text-zinc-500">
                {f.hint}
              </p>
            )}
            <FieldError id={`${id}-${f.name}-error`}>{error}</FieldError>
          </div>
        );
      })}
      {formState.errors.root?.message && (
        <p role="alert" className="text-sm text-red-700">
          {formState.errors.root.message}
        </p>
      )}
      <Button type="submit" className="w-full" pending={formState.isSubmitting}>
        Accept invitation
      </Button>
    </form>
  );
}
