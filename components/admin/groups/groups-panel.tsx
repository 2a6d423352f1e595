"use client";
// Settings → Workspaces and Settings → Spots: the groups the viewer sees, with their members.
// Account Holders create, rename, archive or delete them; a workspace's Admins manage its
// members; its Members see them.
import { Card, CardContent, EmptyState, ToastProvider } from "@/components/ui";
import { SimpleForm } from "../simple-form";
import type { MemberOption } from "../types";
import { GroupCard } from "./group-card";
import { groupKindView } from "./kinds";
import type { GroupActions, GroupKind, GroupView } from "./types";

type Props = {
  kind: GroupKind;
  orgId: string;
  canManage: boolean;
  groups: GroupView[];
  people: MemberOption[];
  actions: GroupActions;
};

export function GroupsPanel({ kind, orgId, canManage, groups, people, actions }: Props) {
  const view = groupKindView(kind);
  return (
    <ToastProvider>
      <div className="space-y-6">
        <div className="max-w-2xl text-sm text-zinc-600">
          <h2 className="text-lg font-semibold text-zinc-900">{view.heading}</h2>
          <p className="mt-1">{view.intro}</p>
        </div>
        {canManage && (
          <Card>
            <CardContent>
              <SimpleForm
                inline
                resetOnSuccess
                defaults={{ orgId, name: "" }}
                fields={[{ name: "name", label: "Name", placeholder: view.placeholder }]}
                submitLabel={view.createLabel}
                action={actions.create}
                success={(_d, input) => view.created((input.name ?? "").trim())}
              />
            </CardContent>
          </Card>
        )}
        {groups.length === 0 ? (
          <EmptyState title={view.emptyTitle} description={view.emptyHint} />
        ) : (
          groups.map((g) => (
            <GroupCard key={g.id} group={g} view={view} canManage={canManage} people={people} actions={actions} />
          ))
        )}
      </div>
    </ToastProvider>
  );
}
