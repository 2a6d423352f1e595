"use client";
// Settings → Workspaces: create, rename, archive, and each workspace's members (Admin or Member).
import { Card, CardContent, EmptyState, ToastProvider } from "@/components/ui";
import { SimpleForm } from "../simple-form";
import type { MemberOption } from "../types";
import { WorkspaceCard } from "./workspace-card";
import type { WorkspaceActions, WorkspaceView } from "./types";

type Props = { orgId: string; workspaces: WorkspaceView[]; people: MemberOption[]; actions: WorkspaceActions };

export function WorkspacesPanel({ orgId, workspaces, people, actions }: Props) {
  return (
    <ToastProvider>
      <div className="space-y-6">
        <div className="max-w-2xl text-sm text-zinc-600">
          <h2 className="text-lg font-semibold text-zinc-900">Workspaces</h2>
          <p className="mt-1">
            A workspace is a project space with its own members. Its Admins manage its secrets; its Members use them. Access follows
            membership at once.
          </p>
        </div>
        <Card>
          <CardContent>
            <SimpleForm
              inline
              resetOnSuccess
              defaults={{ orgId, name: "" }}
              fields={[{ name: "name", label: "Name", placeholder: "e.g. Payments" }]}
              submitLabel="Create workspace"
              action={actions.create}
              success={(_d, input) => `Workspace ${(input.name ?? "").trim()} created.`}
            />
          </CardContent>
        </Card>
        {workspaces.length === 0 ? (
          <EmptyState title="No workspaces yet" description="Create one for each project or team that shares secrets." />
        ) : (
          workspaces.map((w) => <WorkspaceCard key={w.id} workspace={w} people={people} actions={actions} />)
        )}
      </div>
    </ToastProvider>
  );
}
