"use client";
import { useFormContext } from "react-hook-form";
import { Input } from "@/components/ui";
import { FormField, ReadOnlyField } from "./form-field.tsx";

/** Expiration date: typed (optional), or for a certificate read from it and not editable. */
export function ExpirationDateField({ fromCertificate, certificateExpiry }: { fromCertificate: boolean; certificateExpiry?: string | null }) {
  const { register } = useFormContext();
  if (fromCertificate) {
    return <ReadOnlyField label="Expiration date" value={certificateExpiry} placeholder="Filled from the certificate" mono={false} />;
  }
  return (
    <FormField name="expiresAt" label="Expiration date" optional help="Optional. Reminders are sent 30, 7 and 1 day before it; after it the secret cannot be used.">
      {(control) => <Input {...control} {...register("expiresAt")} type="date" className="max-w-48" />}
    </FormField>
  );
}
