"use client";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import { AddMemberForm } from "../add-member-form";
import { ConfirmButton } from "../confirm-button";
import { FormDialog } from "../form-dialog";
import type { MemberOption } from "../types";
import type { SpotActions, SpotView } from "./types";

export function SpotCard({ spot: s, people, actions }: { spot: SpotView; people: MemberOption[]; actions: SpotActions }) {
  const inIt = new Set(s.members.map((m) => m.userId));
  return (
    <Card aria-labelledby={`spot-${s.id}`}>
      <CardHeader className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <CardTitle id={`spot-${s.id}`}>{s.name}</CardTitle>
          <p className="text-sm text-zinc-500">
            {s.secretCount} restricted secret{s.secretCount === 1 ? "" : "s"} · {s.members.length} member{s.members.length === 1 ? "" : "s"}
          </p>
        </div>
        <div className="flex gap-2">
          <FormDialog
            label="Rename"
            ariaLabel={`Rename ${s.name}`}
            title={`Rename ${s.name}`}
            defaults={{ spotId: s.id, name: s.name }}
            fields={[{ name: "name", label: "Name", autoFocus: true }]}
            submitLabel="Save changes"
            action={actions.rename}
            success="Spot renamed."
          />
          <ConfirmButton
            label="Delete"
            ariaLabel={`Delete ${s.name}`}
            title={`Delete the Spot ${s.name}?`}
            description="Its members lose nothing else. A Spot that secrets are restricted to cannot be deleted; their names are listed if so."
            confirmLabel="Delete Spot"
            success={`The Spot ${s.name} was deleted.`}
            call={() => actions.remove({ spotId: s.id })}
          />
        </div>
      </CardHeader>
      <CardContent className="space-y-4">
        {s.members.length === 0 ? (
          <p className="text-sm text-zinc-500">No members yet: its restricted secrets are usable by no one.</p>
        ) : (
          <ul className="divide-y divide-zinc-100 text-sm" aria-label={`Members of ${s.name}`}>
            {s.members.map((m) => (
              <li key={m.userId} className="flex items-center justify-between py-2">
                <span>
                  <span className="font-medium text-zinc-900">{m.name}</span> <span className="text-zinc-500">{m.email}</span>
                </span>
                <ConfirmButton
                  label="Remove"
                  ariaLabel={`Remove ${m.name} from ${s.name}`}
                  title={`Remove ${m.name} from ${s.name}?`}
                  description="They can no longer use the secrets restricted to this Spot (unless another of their Spots has them)."
                  confirmLabel="Remove from Spot"
                  success={`${m.name} was removed from ${s.name}.`}
                  call={() => actions.removeMember({ spotId: s.id, userId: m.userId })}
                />
              </li>
            ))}
          </ul>
        )}
        <AddMemberForm
          defaults={{ spotId: s.id, userId: "" }}
          candidates={people.filter((p) => !inIt.has(p.userId))}
          action={actions.addMember}
          placeName={s.name}
        />
      </CardContent>
    </Card>
  );
}
