"use client";
import { Badge, Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import { DEFAULT_WORKSPACE_ROLE } from "@/lib/authz/permissions";
import { WORKSPACE_ROLES, WORKSPACE_ROLE_LABELS } from "@/lib/domain/constants";
import { AddMemberForm } from "../add-member-form";
import { ConfirmButton } from "../confirm-button";
import { FormDialog } from "../form-dialog";
import type { MemberOption } from "../types";
import { GroupMembers } from "./group-members";
import type { GroupKindView } from "./kinds";
import type { GroupActions, GroupView } from "./types";

type Props = {
  group: GroupView;
  view: GroupKindView;
  canManage: boolean;
  people: MemberOption[];
  actions: GroupActions;
};
const ROLE_OPTIONS = WORKSPACE_ROLES.map((r) => ({ value: r, label: WORKSPACE_ROLE_LABELS[r] }));

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export function GroupCard({ group: g, view, canManage, people, actions }: Props) {
  const inIt = new Set(g.members.map((m) => m.userId));
  const end = view.end(g);
  const titleId = `group-${g.id}`;
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <CardTitle id={titleId}>
            {g.name} {g.archived && <Badge tone="warning">Archived</Badge>}
          </CardTitle>
          <p className="text-sm text-zinc-500">
            {count(g.secretCount, view.secretsNoun)} · {count(g.members.length, "member")}
          </p>
        </div>
        {canManage && (
          <div className="flex gap-2">
            <FormDialog
              label="Rename"
              ariaLabel={`Rename ${g.name}`}
              title={`Rename ${g.name}`}
              defaults={{ ...view.ref(g.id), name: g.name }}
              fields={[{ name: "name", label: "Name", autoFocus: true }]}
              submitLabel="Save changes"
              action={actions.rename}
              success={view.renamed}
            />
            <ConfirmButton
              label={end.label}
              ariaLabel={`${end.label} ${g.name}`}
              title={end.title}
              description={end.description}
              confirmLabel={end.confirmLabel}
              danger={end.danger}
              success={end.success}
              call={() => actions.end(end.input)}
            />
          </div>
        )}
      </CardHeader>
      <CardContent className="space-y-4">
        <GroupMembers group={g} view={view} actions={actions} />
        {g.canManageMembers && (
          <AddMemberForm
            defaults={{ ...view.ref(g.id), userId: "", ...(view.hasRoles ? { role: DEFAULT_WORKSPACE_ROLE } : {}) }}
            candidates={people.filter((p) => !inIt.has(p.userId))}
            roles={view.hasRoles ? ROLE_OPTIONS : undefined}
            action={actions.addMember}
            placeName={g.name}
          />
        )}
      </CardContent>
    </Card>
  );
}
