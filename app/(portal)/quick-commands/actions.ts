"use server";
// Quick Command server actions, on the resource tier of the action pipeline: the form's schema,
// the session, the actor of the command's organization (derived on the server from the command
// id; for a new command, the form's organization re-checked); lib/quick-commands applies the rules.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { commandAction, organizationAction } from "@/lib/authz";
import { SCOPES } from "@/lib/domain/constants";
import { idSchema } from "@/lib/domain/id";
import {
  createCommand,
  deleteCommand,
  forkCommand,
  listPickableSecrets,
  runCommand,
  updateCommand,
} from "@/lib/quick-commands";
import {
  commandIdSchema,
  createCommandSchema,
  runCommandSchema,
  updateCommandSchema,
} from "@/lib/quick-commands/schema";

const LIST = "/quick-commands";

export const createCommandAction = organizationAction(createCommandSchema, async (input, { actor, request }) => {
  const command = await createCommand(actor, input.orgId, input.command, { request });
  revalidatePath(LIST);
  return command;
});

export const updateCommandAction = commandAction(updateCommandSchema, async (input, { actor, request }) => {
  const result = await updateCommand(actor, input.commandId, input.expectedVersion, input.command, { request });
  revalidatePath(LIST, "layout");
  return result;
});

export const forkCommandAction = commandAction(commandIdSchema, async (input, { actor, request }) => {
  const fork = await forkCommand(actor, input.commandId, { request });
  revalidatePath(LIST);
  return fork;
});

export const deleteCommandAction = commandAction(commandIdSchema, async (input, { actor, request }) => {
  await deleteCommand(actor, input.commandId, { request });
  revalidatePath(LIST);
  return { deleted: true as const };
});

export const runCommandAction = commandAction(runCommandSchema, async (input, { actor, request }) => {
  return runCommand(actor, input.commandId, { environmentId: input.environmentId, inputs: input.inputs }, { request });
});

const pickerSchema = z.object({ orgId: idSchema, scope: z.enum(SCOPES), type: z.string().regex(/^[A-Z_]{1,32}$/) });

export const pickerSecretsAction = organizationAction(pickerSchema, async (input, { actor }) => {
  return listPickableSecrets(actor, input.scope, input.type);
});
