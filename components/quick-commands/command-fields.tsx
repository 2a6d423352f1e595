"use client";
// Name, Method, Endpoint, Body and Visibility (with the workspace of a shared command).
import { useFormContext, useWatch } from "react-hook-form";
import { Input, Select, Textarea } from "@/components/ui";
import { FormField } from "@/components/secrets/credential/form-field";
import { HTTP_METHODS } from "@/lib/quick-commands/schema";
import { COMMAND_VISIBILITY_LABELS, COMMAND_VISIBILITY_HELP } from "./visibility.ts";
import type { CommandFormValues } from "./form-values.ts";

export function RequestFields() {
  const { register } = useFormContext<CommandFormValues>();
  return (
    <>
      <FormField name="name" label="Name" className="max-w-md">
        {(control) => <Input {...control} {...register("name")} placeholder="List open issues" />}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <FormField name="method" label="Method">
          {(control) => (
            <Select {...control} {...register("method")}>
              {HTTP_METHODS.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField
          name="endpoint"
          label="Endpoint"
          help="A full URL; {placeholders} are asked for when the command runs, and {secret_name.KEY} reads a field of one of its secrets."
        >
          {(control) => (
            <Input
              {...control}
              {...register("endpoint")}
              placeholder="https://api.github.com/repos/{owner}/{repo}/issues"
              className="font-mono"
            />
          )}
        </FormField>
      </div>
    </>
  );
}

export function BodyField() {
  const { register } = useFormContext<CommandFormValues>();
  return (
    <FormField name="body" label="Body" optional>
      {(control) => (
        <Textarea
          {...control}
          {...register("body")}
          rows={5}
          className="font-mono"
          placeholder='{"title": "{title}"}'
        />
      )}
    </FormField>
  );
}

export function VisibilityField({
  workspaces,
  canShare,
}: {
  workspaces: { id: string; name: string }[];
  canShare: boolean;
}) {
  const { register } = useFormContext<CommandFormValues>();
  const visibility = useWatch<CommandFormValues, "visibility">({ name: "visibility" });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        name="visibility"
        label="Visibility"
        help={canShare ? COMMAND_VISIBILITY_HELP[visibility] : "Only the owner can change who sees this command."}
      >
        {(control) => (
          <Select {...control} {...register("visibility")} disabled={!canShare}>
            {(["PRIVATE", "SHARED", "PUBLISHED"] as const).map((v) => (
              <option key={v} value={v}>
                {COMMAND_VISIBILITY_LABELS[v]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      {visibility === "SHARED" && (
        <FormField name="workspaceId" label="Workspace">
          {(control) => (
            <Select {...control} {...register("workspaceId")} disabled={!canShare}>
              <option value="">Choose a workspace</option>
              {workspaces.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      )}
    </div>
  );
}
