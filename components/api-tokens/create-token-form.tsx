"use client";
// The "Create token" form: one zod schema with the server action (zodResolver), field errors
// next to their fields, pending state, input kept when the server refuses it.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { API_TOKEN_PERMISSIONS } from "@/lib/domain/constants";
import { createApiTokenSchema, type CreateApiTokenInput } from "@/lib/api-tokens/schema";
import { Button, FieldError, Input, Label, Select } from "@/components/ui";
import { PERMISSION_LABELS, type CreatedToken, type CreateTokenAction, type Option } from "./types";

type Props = {
  orgId: string;
  workspaces: Option[];
  environments: Option[];
  action: CreateTokenAction;
  onCreated: (t: CreatedToken) => void;
  onCancel: () => void;
};

export function CreateTokenForm({ orgId, workspaces, environments, action, onCreated, onCancel }: Props) {
  const form = useForm<CreateApiTokenInput>({
    resolver: zodResolver(createApiTokenSchema),
    defaultValues: {
      orgId,
      name: "",
      workspaceId: "",
      environmentIds: [],
      allEnvironments: false,
      permissions: ["resolve"],
      expiresAt: "",
    },
  });
  const { register, handleSubmit, formState, setError, setValue } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await action(values);
    if (result.ok) return onCreated(result.data);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as keyof CreateApiTokenInput, { message: messages[0] });
    }
    setError("root", { message: result.error });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" {...register("orgId")} />
      <div>
        <Label htmlFor="token-name">Name</Label>
        <Input
          id="token-name"
          data-autofocus
          placeholder="e.g. billing deploy"
          aria-invalid={!!errors.name}
          aria-describedby="token-name-error"
          {...register("name")}
        />
        <FieldError id="token-name-error">{errors.name?.message}</FieldError>
      </div>
      <div>
        <Label htmlFor="token-workspace">Workspace</Label>
        <Select id="token-workspace" aria-describedby="token-workspace-error" {...register("workspaceId")}>
          <option value="">Entire organization</option>
          {workspaces.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </Select>
        <FieldError id="token-workspace-error">{errors.workspaceId?.message}</FieldError>
      </div>
      <fieldset aria-describedby="token-env-hint token-env-error">
        <legend className="mb-1 text-sm font-medium text-zinc-800">Environments</legend>
        <p id="token-env-hint" className="mb-1 text-xs text-zinc-500">
          Tick only the environments the client needs. All environments includes those added later.
        </p>
        {/* A choice of single environments and "All environments" exclude each other. */}
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {environments.map((e) => (
            <label key={e.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                value={e.id}
                aria-invalid={!!errors.environmentIds}
                {...register("environmentIds", {
                  onChange: (ev) => ev.target.checked && setValue("allEnvironments", false, { shouldValidate: true }),
                })}
              />{" "}
              {e.name}
            </label>
          ))}
        </div>
        <label className="mt-2 flex items-center gap-2 border-t border-zinc-100 pt-2 text-sm">
          <input
            type="checkbox"
            aria-invalid={!!errors.environmentIds}
            {...register("allEnvironments", {
              onChange: (ev) => ev.target.checked && setValue("environmentIds", [], { shouldValidate: true }),
            })}
          />{" "}
          All environments
        </label>
        <FieldError id="token-env-error">{errors.environmentIds?.message}</FieldError>
      </fieldset>
      <fieldset aria-describedby="token-permissions-error">
        <legend className="mb-1 text-sm font-medium text-zinc-800">Permissions</legend>
        <div className="flex flex-col gap-1">
          {API_TOKEN_PERMISSIONS.map((p) => (
            <label key={p} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={p} {...register("permissions")} /> {PERMISSION_LABELS[p]}
            </label>
          ))}
        </div>
        <FieldError id="token-permissions-error">{errors.permissions?.message}</FieldError>
      </fieldset>
      <div>
        <Label htmlFor="token-expires">Expiration date</Label>
        <Input
          id="token-expires"
          type="date"
          aria-invalid={!!errors.expiresAt}
          aria-describedby="token-expires-error"
          {...register("expiresAt")}
        />
        <FieldError id="token-expires-error">{errors.expiresAt?.message}</FieldError>
      </div>
      {errors.root?.message && (
        <p role="alert" className="text-sm text-red-700">
          {errors.root.message}
        </p>
      )}
      <div className="flex justify-end gap-2 border-t border-zinc-100 pt-4">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" pending={formState.isSubmitting}>
          Create token
        </Button>
      </div>
    </form>
  );
}
