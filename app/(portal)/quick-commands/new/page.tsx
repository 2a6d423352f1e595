import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { PageHeader } from "@/components/ui";
import { CommandForm } from "@/components/quick-commands/command-form";
import { emptyCommand } from "@/components/quick-commands/form-values";
import { commandFormProps } from "../form-props";

export const metadata: Metadata = { title: "New quick command" };

export default async function NewQuickCommandPage() {
  const ctx = await getPortalContext();
  return (
    <>
      <PageHeader
        title="New quick command"
        description="A saved web request. Header values can be secrets: the server injects them when the command runs."
      />
      <CommandForm {...await commandFormProps(ctx)} initial={emptyCommand(ctx.workspace?.id)} canShare />
    </>
  );
}
