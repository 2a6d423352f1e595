"use client";
// The check of a certificate's private key as it is chosen (not only at Register): the forms
// provide it, the Private key fields and the Certificate field use it. The key goes to the
// server for this check only (checkCertificateKeyAction).
import { createContext, useContext } from "react";
import type { CheckCertificateKeyAction } from "../action-types.ts";

/**
 * Whether `privateKey` fits the certificate in the form: "matches", or why not; "unchecked"
 * when there is no certificate yet (or the check could not run).
 */
export type CertificateKeyCheck = (privateKey: string) => Promise<{ problem: string } | "matches" | "unchecked">;

export const CertificateKeyCheckContext = createContext<CertificateKeyCheck | null>(null);

export function useCertificateKeyCheck(): CertificateKeyCheck | null {
  return useContext(CertificateKeyCheckContext);
}

/** The check for a form whose values hold `credential.certificatePem`; null without the action. */
export function certificateKeyCheck(
  form: { getValues: () => { credential: { [field: string]: unknown } } },
  action: CheckCertificateKeyAction | undefined,
): CertificateKeyCheck | null {
  if (!action) return null;
  return async (privateKey) => {
    const certificatePem = form.getValues().credential.certificatePem;
    if (typeof certificatePem !== "string" || certificatePem === "" || privateKey === "") return "unchecked";
    const result = await action({ certificatePem, privateKey });
    if (!result.ok) return "unchecked";
    return result.data.problem ? { problem: result.data.problem } : "matches";
  };
}
