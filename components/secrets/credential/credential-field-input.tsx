"use client";
// One field of a credential type, rendered from its descriptor (lib/secrets/credential-types):
// text, url, number, password, textarea, select or file; bound to react-hook-form by name.
import { useState } from "react";
import { useFormContext, useWatch, get, useFormState } from "react-hook-form";
import { Input, Select, Textarea } from "@/components/ui";
import type { CredentialField } from "@/lib/secrets/credential-types";
import { useCertificateKeyCheck } from "./certificate-key-check.ts";
import { FileDrop } from "./file-drop.tsx";
import { FormField } from "./form-field.tsx";
import { FileLoadButton } from "./file-load-button.tsx";
import { readFileText } from "./read-file.ts";
import { SecretValueInput } from "./secret-value-input.tsx";

export function CredentialFieldInput({
  field,
  name,
  keepBlank = false,
}: {
  field: CredentialField;
  /** Form path, e.g. `credential.headerName` or `credential.values.<envId>.value`. */
  name: string;
  /** Edit form: a blank secret field keeps the current value. */
  keepBlank?: boolean;
}) {
  const { register, setValue, setError, clearErrors } = useFormContext();
  const value = useWatch({ name }) as unknown;
  const { errors } = useFormState({ name });
  const optional = !field.required || keepBlank;
  const help = keepBlank && field.secret ? "Leave blank to keep the current value." : field.help;

  const checkCertificateKey = useCertificateKeyCheck();
  const [checking, setChecking] = useState(false);
  const [matches, setMatches] = useState(false);

  async function loadFile(file: File) {
    let text: string;
    try {
      text = await readFileText(file);
      setValue(name, text, { shouldDirty: true, shouldValidate: true });
    } catch (e) {
      setError(name, { type: "file", message: e instanceof Error ? e.message : "The file could not be read." });
      return;
    }
    clearErrors(name);
    setMatches(false);
    // A certificate's private key is checked against the certificate at once, not at Register.
    if (field.kind !== "file" || field.key !== "privateKey" || !checkCertificateKey) return;
    setChecking(true);
    try {
      const check = await checkCertificateKey(text);
      if (typeof check === "object") setError(name, { type: "certificate", message: check.problem });
      setMatches(check === "matches");
    } finally {
      setChecking(false);
    }
  }

  return (
    <FormField name={name} label={field.label} help={help} optional={optional}>
      {(control) => {
        switch (field.kind) {
          case "textarea":
            return (
              <>
                <Textarea
                  {...control}
                  {...register(name)}
                  rows={6}
                  spellCheck={false}
                  autoComplete="off"
                  className="font-mono text-xs"
                  placeholder={keepBlank ? "••••••••" : field.placeholder}
                />
                {field.accept && <FileLoadButton accept={field.accept} onFile={loadFile} />}
              </>
            );
          case "select":
            return (
              <Select {...control} {...register(name)}>
                {field.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            );
          case "file":
            return (
              <FileDrop
                control={control}
                accept={field.accept}
                onFile={loadFile}
                busy={checking}
                loaded={
                  typeof value === "string" && value ? loadedDescription(field, matches && !get(errors, name)) : null
                }
              />
            );
          case "password":
            return (
              <SecretValueInput
                {...control}
                {...register(name)}
                placeholder={keepBlank ? "••••••••" : field.placeholder}
              />
            );
          default:
            return (
              <Input
                {...control}
                {...register(name)}
                type={field.kind === "number" ? "number" : field.kind === "url" ? "url" : "text"}
                inputMode={field.kind === "number" ? "numeric" : undefined}
                placeholder={field.placeholder}
                autoComplete="off"
                spellCheck={false}
              />
            );
        }
      }}
    </FormField>
  );
}

/** What a file field holds, in words: "private key, matches the certificate". */
function loadedDescription(field: CredentialField, matchesCertificate: boolean): string {
  if (field.key === "privateKey") return matchesCertificate ? "private key, matches the certificate" : "private key";
  return field.label.toLowerCase();
}
