"use client";
// "Name": the user's display name, saved through the shared schema; the result is toasted.
import { useId } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { changeNameSchema, type ChangeNameInput } from "@/lib/account/schema";
import { Button, FieldError, Input, Label, useToast } from "@/components/ui";
import type { ChangeNameAction } from "./types";

export function NameForm({ name, email, action }: { name: string; email: string; action: ChangeNameAction }) {
  const id = useId();
  const toast = useToast();
  const router = useRouter();
  const form = useForm<ChangeNameInput>({ resolver: zodResolver(changeNameSchema), defaultValues: { name } });
  const { register, handleSubmit, formState, setError, reset } = form;
  const error = formState.errors.name?.message;

  const onSubmit = handleSubmit(async (values) => {
    const result = await action(values);
    if (!result.ok) {
      return setError("name", { message: result.fieldErrors?.name?.[0] ?? result.error });
    }
    reset({ name: result.data.name });
    toast("Name saved.");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div>
        <Label htmlFor={`${id}-email`}>E-mail</Label>
        <Input id={`${id}-email`} value={email} readOnly disabled autoComplete="username" />
      </div>
      <div>
        <Label htmlFor={`${id}-name`}>Name</Label>
        <Input
          id={`${id}-name`}
          autoComplete="name"
          aria-invalid={!!error}
          aria-describedby={`${id}-name-error`}
          {...register("name")}
        />
        <FieldError id={`${id}-name-error`}>{error}</FieldError>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={formState.isSubmitting}>
          Save name
        </Button>
      </div>
    </form>
  );
}
