"use client";
// The non-secret part of the edit form: name and type (read-only), description, availability,
// the type's fields (or the certificate) and the expiration date.
import { useFormContext } from "react-hook-form";
import { Textarea } from "@/components/ui";
import type { CredentialType } from "@/lib/secrets/credential-types";
import type { CertificateDetails, InspectCertificateAction } from "../action-types.ts";
import { CertificateFields } from "../credential/certificate-fields.tsx";
import { CredentialFieldInput } from "../credential/credential-field-input.tsx";
import { enteredMetadataFields } from "../credential/credential-form-values.ts";
import { ExpirationDateField } from "../credential/expiration-date-field.tsx";
import { FormField, ReadOnlyField } from "../credential/form-field.tsx";
import { AvailabilityFields } from "../wizard/availability-fields.tsx";

export function EditFields(props: {
  name: string;
  typeLabel: string;
  type: CredentialType;
  showAvailability: boolean;
  spots: { id: string; name: string }[];
  inspectCertificate: InspectCertificateAction;
  certificate: CertificateDetails | null;
  onCertificate: (details: CertificateDetails | null) => void;
}) {
  const { register } = useFormContext();
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <ReadOnlyField label="Secret name" value={props.name} />
          <p className="mt-1 text-xs text-zinc-500">The name cannot be changed after creation.</p>
        </div>
        <ReadOnlyField label="Credential type" value={props.typeLabel} mono={false} />
      </div>
      <FormField name="description" label="Description" optional>
        {(control) => <Textarea {...control} {...register("description")} rows={2} />}
      </FormField>
      {props.showAvailability && <AvailabilityFields spots={props.spots} />}
      {props.type === "CERTIFICATE" ? (
        <CertificateFields
          inspect={props.inspectCertificate}
          details={props.certificate}
          onDetails={props.onCertificate}
        />
      ) : (
        enteredMetadataFields(props.type).map((field) => (
          <CredentialFieldInput key={field.key} field={field} name={`credential.${field.key}`} />
        ))
      )}
      <ExpirationDateField
        fromCertificate={props.type === "CERTIFICATE"}
        certificateExpiry={props.certificate?.notAfter}
      />
    </>
  );
}
