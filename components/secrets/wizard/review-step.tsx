"use client";
// Step 3: everything as it will be registered, with every secret field masked.
import { useWatch } from "react-hook-form";
import { AVAILABILITY_LABELS, SCOPE_LABELS } from "@/lib/domain/constants";
import { CREDENTIAL_TYPES, MASK } from "@/lib/secrets/credential-types";
import type { CertificateDetails } from "../action-types.ts";
import { ALL_ENVIRONMENTS, enteredMetadataFields } from "../credential/credential-form-values.ts";
import type { StorageOptions } from "./storage-location-step.tsx";
import type { EnvironmentChoice, WizardValues } from "./wizard-values.ts";

function masked(value: unknown): string {
  if (Array.isArray(value)) return value.map((p: { key?: string }) => `${p.key || "?"} = ${MASK}`).join(", ") || "—";
  return typeof value === "string" && value !== "" ? MASK : "—";
}

export function ReviewStep({
  environments,
  choice,
  certificate,
  storage,
}: {
  environments: { id: string; name: string }[];
  choice: EnvironmentChoice;
  certificate: CertificateDetails | null;
  storage: StorageOptions;
}) {
  const v = useWatch<WizardValues>() as WizardValues;
  const type = v.credential.type;
  if (!type) return null;
  const definition = CREDENTIAL_TYPES[type];
  const where =
    v.scope === "WORKSPACE"
      ? `Workspace: ${storage.workspaces.find((w) => w.id === v.workspaceId)?.name ?? "—"}`
      : v.scope === "ORGANIZATION"
        ? `Organization — ${
            v.availability === "SPOTS"
              ? `Spot: ${storage.spots
                  .filter((s) => v.spotIds.includes(s.id))
                  .map((s) => s.name)
                  .join(", ")}`
              : AVAILABILITY_LABELS.ORGANIZATION
          }`
        : v.scope
          ? SCOPE_LABELS[v.scope]
          : "—";
  const rows: [string, string][] = [
    ["Storage location", where],
    ["Credential type", definition.label],
    ["Secret name", v.name],
    ["Description", v.description || "—"],
    ...(type === "CERTIFICATE" && certificate
      ? ([
          ["Subject", certificate.subject],
          ["Issuer", certificate.issuer],
          ["Fingerprint (SHA-256)", certificate.fingerprintSha256],
        ] as [string, string][])
      : enteredMetadataFields(type).map(
          (f) => [f.label, String(v.credential[f.key] ?? "") || "—"] as [string, string],
        )),
    ["Expiration date", (type === "CERTIFICATE" ? certificate?.notAfter : v.expiresAt) || "—"],
  ];
  return (
    <div className="grid gap-5">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-zinc-600">{label}</dt>
            <dd className="break-all text-zinc-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-sm font-semibold text-zinc-900">Values per environment</h3>
        <ul className="mt-2 divide-y divide-zinc-100 rounded-md border border-zinc-200 text-sm">
          {environments
            .filter((e) => choice.selected.includes(e.id))
            .map((env) => {
              const payload = v.credential.values[choice.sameForAll ? ALL_ENVIRONMENTS : env.id] ?? {};
              return (
                <li key={env.id} className="flex flex-wrap gap-x-4 px-3 py-2">
                  <span className="w-28 font-medium text-zinc-700">{env.name}</span>
                  {definition.secretFields.map((f) => (
                    <span key={f.key} className="text-zinc-700">
                      {f.label}: <span className="font-mono">{masked(payload[f.key])}</span>
                    </span>
                  ))}
                </li>
              );
            })}
        </ul>
      </div>
    </div>
  );
}
