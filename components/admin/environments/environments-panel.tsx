"use client";
// Settings → Environments: add, rename, reorder, delete, and Copy values between environments.
import { Card, CardContent, TableFrame, ToastProvider } from "@/components/ui";
import { SLUG_ADVICE } from "@/lib/environments/schema";
import { CopyValuesButton } from "@/components/transfer/copy-values-button";
import { SimpleForm } from "../simple-form";
import { EnvironmentRow } from "./environment-row";
import type { EnvironmentActions, EnvironmentView } from "./types";

export function EnvironmentsPanel({
  orgId,
  environments,
  actions,
}: {
  orgId: string;
  environments: EnvironmentView[];
  actions: EnvironmentActions;
}) {
  return (
    <ToastProvider>
      <div className="space-y-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="max-w-2xl text-sm text-zinc-600">
            <h2 className="text-lg font-semibold text-zinc-900">Environments</h2>
            <p className="mt-1">
              Each secret has a value per environment. The order here is the order everywhere in the portal.
            </p>
          </div>
          <CopyValuesButton orgId={orgId} environments={environments} actions={actions.copy} />
        </div>
        <TableFrame label="Environments">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Environments</caption>
            <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-semibold text-zinc-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Slug
                </th>
                <th scope="col" className="px-3 py-2">
                  Secrets with a value
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {environments.map((e, i) => (
                <EnvironmentRow
                  key={e.id}
                  env={e}
                  first={i === 0}
                  last={i === environments.length - 1}
                  actions={actions}
                />
              ))}
            </tbody>
          </table>
        </TableFrame>
        <Card>
          <CardContent>
            <h3 className="mb-3 text-base font-semibold text-zinc-900">Add environment</h3>
            <SimpleForm
              inline
              resetOnSuccess
              defaults={{ orgId, name: "", slug: "" }}
              fields={[
                { name: "name", label: "Name", placeholder: "e.g. Live" },
                { name: "slug", label: "Slug", placeholder: "from the name", hint: SLUG_ADVICE },
              ]}
              submitLabel="Add environment"
              action={actions.create}
              success={(_d, input) => `Environment ${(input.name ?? "").trim()} added.`}
            />
          </CardContent>
        </Card>
      </div>
    </ToastProvider>
  );
}
