import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import type { SecretView } from "./secret-view.ts";

/** The secret's metadata: where it is stored, who made it, dates, and its non-secret fields. */
export function SecretFacts({ secret }: { secret: SecretView }) {
  const rows: [string, React.ReactNode][] = [
    ["Credential type", secret.typeLabel],
    ["Storage location", secret.scopeLabel],
    ["Availability", secret.availabilityLabel],
    ["Description", secret.description || "—"],
    ...secret.fields.map(
      (f) =>
        [
          f.label,
          <span key={f.label} className="font-mono text-xs break-all">
            {f.value}
          </span>,
        ] as [string, React.ReactNode],
    ),
    [
      "Expiration date",
      <>
        {secret.expiresOn ?? "—"}
        {secret.expiryHint && <span className="ml-2 text-xs font-medium text-amber-700">{secret.expiryHint}</span>}
      </>,
    ],
    ["Creation date", secret.createdOn],
    ["Created by", secret.createdBy ?? "—"],
    ["Last used", secret.lastUsedOn ?? "Never"],
  ];
  if (secret.deletionDueOn && secret.status === "SCHEDULED_FOR_DELETION")
    rows.push(["Deletion date", secret.deletionDueOn]);
  return (
    <Card aria-labelledby="secret-details">
      <CardHeader>
        <CardTitle id="secret-details">Details</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[11rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-zinc-600">{label}</dt>
              <dd className="text-zinc-900">{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
