"use client";
// Settings → Spots: teams / AI agent groups. An organization secret restricted to Spots is
// usable only by their members.
import { Card, CardContent, EmptyState, ToastProvider } from "@/components/ui";
import { SimpleForm } from "../simple-form";
import type { MemberOption } from "../types";
import { SpotCard } from "./spot-card";
import type { SpotActions, SpotView } from "./types";

export function SpotsPanel({ orgId, spots, people, actions }: { orgId: string; spots: SpotView[]; people: MemberOption[]; actions: SpotActions }) {
  return (
    <ToastProvider>
      <div className="space-y-6">
        <div className="max-w-2xl text-sm text-zinc-600">
          <h2 className="text-lg font-semibold text-zinc-900">Spots</h2>
          <p className="mt-1">
            A Spot is a team or AI agent group. An organization secret with availability Spot can be used only by the members of its
            Spots.
          </p>
        </div>
        <Card>
          <CardContent>
            <SimpleForm
              inline
              resetOnSuccess
              defaults={{ orgId, name: "" }}
              fields={[{ name: "name", label: "Name", placeholder: "e.g. CodeCrafters" }]}
              submitLabel="Create Spot"
              action={actions.create}
              success={(_d, input) => `Spot ${(input.name ?? "").trim()} created.`}
            />
          </CardContent>
        </Card>
        {spots.length === 0 ? (
          <EmptyState title="No Spots yet" description="Create one for each team or agent group that should share restricted secrets." />
        ) : (
          spots.map((s) => <SpotCard key={s.id} spot={s} people={people} actions={actions} />)
        )}
      </div>
    </ToastProvider>
  );
}
