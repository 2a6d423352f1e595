// What the new and edit pages give the command form: the workspaces to share with, the register
// wizard's options and actions (for "Create and add"), and the command actions.
import "server-only";
import type { PortalContext } from "@/lib/auth";
import { secretStorageChoices } from "@/lib/authz";
import { listEnvironments } from "@/lib/environments";
import { listSpots } from "@/lib/groups";
import type { CommandFormProps } from "@/components/quick-commands/command-form";
import {
  checkCertificateKeyAction,
  checkSecretNameAction,
  inspectCertificateAction,
  registerSecretAction,
} from "../secrets/actions/register";
import { createCommandAction, pickerSecretsAction, updateCommandAction } from "./actions";

export async function commandFormProps(
  ctx: PortalContext,
): Promise<Omit<CommandFormProps, "initial" | "existing" | "canShare">> {
  const { org, role, workspaces } = ctx;
  const [environments, spots] = await Promise.all([listEnvironments(org.id), listSpots(org.id)]);
  return {
    orgId: org.id,
    workspaces: workspaces.map((w) => ({ id: w.id, name: w.name })),
    wizard: {
      orgId: org.id,
      environments: environments.map((e) => ({ id: e.id, name: e.name })),
      storage: {
        ...secretStorageChoices(role, workspaces),
        spots,
        currentWorkspaceId: ctx.workspace?.id,
      },
      actions: {
        register: registerSecretAction,
        checkName: checkSecretNameAction,
        inspectCertificate: inspectCertificateAction,
        checkCertificateKey: checkCertificateKeyAction,
      },
    },
    actions: { create: createCommandAction, update: updateCommandAction, pickerSecrets: pickerSecretsAction },
  };
}
