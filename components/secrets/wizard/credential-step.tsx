"use client";
// Step 2: Credential type and its fields, Secret name (with the live check), description,
// Expiration date, and the values per Environment.
import { useFormContext, useWatch } from "react-hook-form";
import { Select, Textarea } from "@/components/ui";
import { CREDENTIAL_TYPE_IDS, CREDENTIAL_TYPES, type CredentialType } from "@/lib/secrets/credential-types";
import type { CertificateDetails, InspectCertificateAction } from "../action-types.ts";
import { CertificateFields } from "../credential/certificate-fields.tsx";
import { CredentialFieldInput } from "../credential/credential-field-input.tsx";
import { enteredMetadataFields } from "../credential/credential-form-values.ts";
import { EnvironmentValues, type EnvironmentOption } from "../credential/environment-values.tsx";
import { ExpirationDateField } from "../credential/expiration-date-field.tsx";
import { FormField } from "../credential/form-field.tsx";
import { NameField } from "./name-field.tsx";
import type { NameAvailability } from "./use-name-availability.ts";
import type { EnvironmentChoice, WizardValues } from "./wizard-values.ts";

export type CredentialStepProps = {
  environments: EnvironmentOption[];
  choice: EnvironmentChoice;
  onChoiceChange: (choice: EnvironmentChoice) => void;
  onTypeChange: (type: CredentialType | "") => void;
  nameAvailability: NameAvailability;
  inspectCertificate: InspectCertificateAction;
  certificate: CertificateDetails | null;
  onCertificate: (details: CertificateDetails | null) => void;
};

export function CredentialStep(props: CredentialStepProps) {
  const { register } = useFormContext<WizardValues>();
  const type = useWatch<WizardValues, "credential.type">({ name: "credential.type" });
  const { choice, onChoiceChange } = props;

  return (
    <div className="grid gap-5">
      <FormField
        name="credential.type"
        label="Credential type"
        className="max-w-sm"
        help={type ? CREDENTIAL_TYPES[type].description : undefined}
      >
        {(control) => (
          <Select
            {...control}
            {...register("credential.type", { onChange: (e) => props.onTypeChange(e.target.value) })}
          >
            <option value="">Choose a credential type</option>
            {CREDENTIAL_TYPE_IDS.map((t) => (
              <option key={t} value={t}>
                {CREDENTIAL_TYPES[t].label}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <NameField availability={props.nameAvailability} />
      <FormField name="description" label="Description" optional>
        {(control) => <Textarea {...control} {...register("description")} rows={2} />}
      </FormField>
      {type && (
        <>
          {type === "CERTIFICATE" ? (
            <CertificateFields
              inspect={props.inspectCertificate}
              details={props.certificate}
              onDetails={props.onCertificate}
            />
          ) : (
            enteredMetadataFields(type).map((field) => (
              <CredentialFieldInput key={`${type}-${field.key}`} field={field} name={`credential.${field.key}`} />
            ))
          )}
          <ExpirationDateField
            fromCertificate={type === "CERTIFICATE"}
            certificateExpiry={props.certificate?.notAfter}
          />
          <EnvironmentValues
            type={type}
            environments={props.environments}
            selected={choice.selected}
            onSelectedChange={(selected) => onChoiceChange({ ...choice, selected })}
            sameForAll={choice.sameForAll}
            onSameForAllChange={(sameForAll) => onChoiceChange({ ...choice, sameForAll })}
          />
        </>
      )}
    </div>
  );
}
