"use client";
// Certificate: the file is read in the browser, then the server reads the certificate and
// its subject, issuer, fingerprint and expiration date are shown (not editable).
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import type { CertificateDetails, InspectCertificateAction } from "../action-types.ts";
import { useCertificateKeyCheck } from "./certificate-key-check.ts";
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
  const checkKey = useCertificateKeyCheck();

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
        await recheckKeys();
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

  /** Keys chosen before this certificate are checked against it. */
  async function recheckKeys() {
    if (!checkKey) return;
    const values = (getValues("credential.values") ?? {}) as Record<string, { privateKey?: unknown }>;
    for (const [key, payload] of Object.entries(values)) {
      if (typeof payload?.privateKey !== "string" || payload.privateKey === "") continue;
      const check = await checkKey(payload.privateKey);
      const field = `credential.values.${key}.privateKey`;
      if (typeof check === "object") setError(field, { type: "certificate", message: check.problem });
      else clearErrors(field);
    }
  }

  return (
    <div className="grid gap-3">
      <FormField
        name={NAME}
        label="Certificate"
        help="PEM (.pem, .crt) or DER (.der, .cer). The certificate itself is not secret."
      >
        {(control) => (
          <FileDrop
            control={control}
            accept=".pem,.crt,.cer,.der"
            onFile={load}
            busy={reading}
            loaded={
              !reading && getValues(NAME)
                ? details
                  ? `certificate of ${details.subject || "(no subject)"}`
                  : "a file that is not a readable certificate"
                : null
            }
          />
        )}
      </FormField>
      <ReadOnlyField label="Subject" value={details?.subject} placeholder="Filled from the certificate" />
      <ReadOnlyField label="Issuer" value={details?.issuer} placeholder="Filled from the certificate" />
      <ReadOnlyField
        label="Fingerprint (SHA-256)"
        value={details?.fingerprintSha256}
        placeholder="Filled from the certificate"
      />
    </div>
  );
}
