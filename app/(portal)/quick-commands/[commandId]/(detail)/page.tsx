import type { Metadata } from "next";
import { listEnvironments } from "@/lib/environments";
import { Breadcrumb, PageHeader } from "@/components/ui";
import { CommandActions } from "@/components/quick-commands/command-actions";
import { CommandRequest } from "@/components/quick-commands/command-request";
import { RunPanel } from "@/components/quick-commands/run-panel";
import { VisibilityBadge } from "@/components/quick-commands/visibility-badge";
import { deleteCommandAction, forkCommandAction, runCommandAction } from "../../actions";
import { loadCommand } from "../load-command";

type Props = { params: Promise<{ commandId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { command } = await loadCommand((await params).commandId);
  return { title: command.name };
}

export default async function QuickCommandPage({ params }: Props) {
  const { command } = await loadCommand((await params).commandId);
  const environments = await listEnvironments(command.orgId);
  const pending = command.headers.find((h) => h.kind === "secret" && h.state === "needs-secret");
  return (
    <>
      <Breadcrumb href="/quick-commands" label="Quick Commands" />
      <PageHeader
        title={command.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <VisibilityBadge visibility={command.visibility} workspaceName={command.workspace?.name} />
            <span>Owner: {command.isOwner ? "you" : command.owner.name}</span>
          </span>
        }
        actions={<CommandActions command={command} fork={forkCommandAction} remove={deleteCommandAction} />}
      />
      <div className="grid gap-6">
        <CommandRequest command={command} />
        {command.actions.includes("run") && (
          <RunPanel
            commandId={command.id}
            environments={environments.map((e) => ({ id: e.id, name: e.name }))}
            inputs={command.inputs}
            run={runCommandAction}
            blocked={
              pending
                ? `The header ${pending.key} needs a secret: edit the command and choose one with the Secret button before running it.`
                : null
            }
          />
        )}
      </div>
    </>
  );
}
