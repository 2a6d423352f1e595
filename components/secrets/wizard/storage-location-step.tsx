"use client";
// Step 1: Storage location (Organization for Account Holders/Managers only, Workspace where
// the user is an Admin, Personal) and, for Organization, its Availability.
import { useFormContext, useWatch } from "react-hook-form";
import { Select } from "@/components/ui";
import { FormField, useFieldError } from "../credential/form-field.tsx";
import { ChoiceCard } from "./choice-card.tsx";
import { AvailabilityFields } from "./availability-fields.tsx";
import type { WizardValues } from "./wizard-values.ts";

export type StorageOptions = {
  canCreateOrganization: boolean;
  workspaces: { id: string; name: string }[];
  spots: { id: string; name: string }[];
  /** The workspace chosen in the top bar: the default Workspace choice when it is one of `workspaces`. */
  currentWorkspaceId?: string | null;
};

export function StorageLocationStep({ canCreateOrganization, workspaces, spots }: StorageOptions) {
  const { register, clearErrors } = useFormContext<WizardValues>();
  const scope = useWatch<WizardValues, "scope">({ name: "scope" });
  const scopeError = useFieldError("scope");
  // Choosing any location answers "Choose a storage location." at once: left to the field's
  // revalidation, the message stayed after choosing Organization (whose Availability appears at
  // the same moment), and went only on the Next press, moving the button from under the pointer.
  const radio = register("scope", { onChange: () => clearErrors("scope") });

  return (
    <div className="grid gap-6">
      <fieldset aria-describedby={scopeError ? "scope-error" : undefined}>
        <legend className="sr-only">Storage location</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <ChoiceCard
            label="Organization"
            value="ORGANIZATION"
            registration={radio}
            disabled={!canCreateOrganization}
            description={
              canCreateOrganization
                ? "For the company; managed by Account Holders and Account Managers."
                : "Only Account Holders and Account Managers can create organization secrets."
            }
          />
          <ChoiceCard
            label="Workspace"
            value="WORKSPACE"
            registration={radio}
            disabled={workspaces.length === 0}
            description={
              workspaces.length
                ? "For a workspace; managed by its Admins, usable by its members."
                : "You are not an Admin of any workspace."
            }
          />
          <ChoiceCard
            label="Personal"
            value="PERSONAL"
            registration={radio}
            description="Yours alone: nobody else can see or use it, not even Account Holders."
          />
        </div>
        {scopeError && (
          <p id="scope-error" className="mt-1 text-sm text-red-700">
            {scopeError}
          </p>
        )}
      </fieldset>

      {scope === "WORKSPACE" &&
        (workspaces.length === 1 ? (
          <p className="text-sm text-zinc-700">
            Workspace: <strong>{workspaces[0]!.name}</strong>
          </p>
        ) : (
          <FormField name="workspaceId" label="Workspace" className="max-w-sm">
            {(control) => (
              <Select {...control} {...register("workspaceId")}>
                <option value="">Choose a workspace</option>
                {workspaces.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        ))}

      {scope === "ORGANIZATION" && <AvailabilityFields spots={spots} />}
    </div>
  );
}
