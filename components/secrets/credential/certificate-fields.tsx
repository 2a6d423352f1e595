"use client";
// Certificate: the file is read in the browser, then the server reads the certificate and
// its subject, issuer, fingerprint and expiration date are shown (not editable).
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { Spinner } from "@/components/ui";
import type { CertificateDetails, InspectCertificateAction } from "../action-types.ts";
import { FileDrop } from "./file-drop.tsx";
import { FormField, ReadOnlyField } from "./form-field.tsx";
import { readCertificateFile } from "./read-file.ts";

const NAME = "credential.certificatePem";

export function CertificateFields({
  inspect,
  details,
  onDetails,
}: {
  inspect: InspectCertificateAction;
  details: CertificateDetails | null;
  onDetails: (details: CertificateDetails | null) => void;
}) {
  const { setValue, setError, clearErrors, getValues } = useFormContext();
  const [reading, setReading] = useState(false);

  async function load(file: File) {
    setReading(true);
    try {
      const text = await readCertificateFile(file);
      setValue(NAME, text, { shouldDirty: true });
      const result = await inspect({ certificatePem: text });
      if (result.ok) {
        clearErrors(NAME);
        onDetails(result.data);
        setValue("expiresAt", result.data.notAfter, { shouldDirty: true });
      } else {
        onDetails(null);
        setError(NAME, { type: "server", message: result.error });
      }
    } catch (e) {
      setError(NAME, { type: "file", message: e instanceof Error ? e.message : "The file could not be read." });
    } finally {
      setReading(false);
    }
  }

  return (
    <div className="grid gap-3">
      <FormField name={NAME} label="Certificate" help="PEM (.pem, .crt) or DER (.der, .cer). The certificate itself is not secret.">
        {(control) => (
          <div className="flex items-start gap-2">
            <div className="flex-1">
              <FileDrop control={control} accept=".pem,.crt,.cer,.der" onFile={load} loadedName={!reading && getValues(NAME) ? (details ? "certificate read" : "file content kept") : null} />
            </div>
            {reading && <Spinner className="mt-3 text-zinc-400" />}
          </div>
        )}
      </FormField>
      <ReadOnlyField label="Subject" value={details?.subject} placeholder="Filled from the certificate" />
      <ReadOnlyField label="Issuer" value={details?.issuer} placeholder="Filled from the certificate" />
      <ReadOnlyField label="Fingerprint (SHA-256)" value={details?.fingerprintSha256} placeholder="Filled from the certificate" />
    </div>
  );
}
