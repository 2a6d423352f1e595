"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { Input } from "@/components/ui";
import { isPastDay } from "../format.ts";
import { FormField, ReadOnlyField } from "./form-field.tsx";

const HELP = "Reminders are sent 30, 7 and 1 day before it; after it the secret cannot be used.";

/**
 * Expiration date: typed (optional), or for a certificate read from it and not editable. Typed as
 * YYYY-MM-DD in a text field, as every screen shows dates (a date input shows the browser's
 * locale, e.g. 03/31/2027). A day already past is allowed, but said: the secret is Expired at once.
 */
export function ExpirationDateField({
  fromCertificate,
  certificateExpiry,
}: {
  fromCertificate: boolean;
  certificateExpiry?: string | null;
}) {
  const { register } = useFormContext();
  const value = useWatch({ name: "expiresAt" }) as string | undefined;
  if (fromCertificate) {
    return (
      <ReadOnlyField
        label="Expiration date"
        value={certificateExpiry}
        placeholder="Filled from the certificate"
        mono={false}
      />
    );
  }
  const past = isPastDay(value ?? "", new Date());
  const help = (
    <>
      YYYY-MM-DD. {HELP}
      <span role="status" className="block font-medium text-amber-800">
        {past
          ? "This date has passed (a secret expires at 00:00 UTC of its date): it will be Expired as soon as it is saved, and cannot be used until the date is changed."
          : null}
      </span>
    </>
  );
  return (
    <FormField name="expiresAt" label="Expiration date" optional help={help}>
      {(control) => (
        <Input
          {...control}
          {...register("expiresAt")}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder="YYYY-MM-DD"
          className="max-w-48 tabular-nums"
        />
      )}
    </FormField>
  );
}
