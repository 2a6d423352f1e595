import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { CommandForm } from "@/components/quick-commands/command-form";
import { commandToForm } from "@/components/quick-commands/form-values";
import { commandFormProps } from "../../form-props";
import { loadEditableCommand } from "../load-command";

type Props = { params: Promise<{ commandId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { command } = await loadEditableCommand((await params).commandId);
  return { title: `Edit ${command.name}` };
}

export default async function EditQuickCommandPage({ params }: Props) {
  const { ctx, command } = await loadEditableCommand((await params).commandId);
  return (
    <>
      <PageHeader
        title={`Edit ${command.name}`}
        description="Changes apply to everyone who can see this command. Secrets you add must be ones you may use."
      />
      <CommandForm
        {...await commandFormProps(ctx)}
        initial={commandToForm(command)}
        existing={{ id: command.id, version: command.version }}
        canShare={command.actions.includes("share")}
      />
    </>
  );
}
