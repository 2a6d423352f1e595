"use server";
// Quick Command server actions. Each goes through defineAction (zod parse with the form's
// schema → session); the organization is derived on the server from the command id (or checked
// against the user's memberships for a new command); lib/quick-commands applies the rules.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, requireUserActor } from "@/lib/authz";
import { SCOPES } from "@/lib/domain/constants";
import { actorForCommand, createCommand, deleteCommand, forkCommand, listPickableSecrets, runCommand, updateCommand } from "@/lib/quick-commands";
import { commandIdSchema, createCommandSchema, runCommandSchema, updateCommandSchema } from "@/lib/quick-commands/schema";

const LIST = "/quick-commands";

export const createCommandAction = defineAction(createCommandSchema, async (input, ctx) => {
  const actor = await requireUserActor(ctx.user, input.orgId);
  const command = await createCommand(actor, input.orgId, input.command, { request: ctx.request });
  revalidatePath(LIST);
  return command;
});

export const updateCommandAction = defineAction(updateCommandSchema, async (input, ctx) => {
  const actor = await actorForCommand(ctx.user, input.commandId);
  const result = await updateCommand(actor, input.commandId, input.expectedVersion, input.command, { request: ctx.request });
  revalidatePath(LIST, "layout");
  return result;
});

export const forkCommandAction = defineAction(commandIdSchema, async (input, ctx) => {
  const actor = await actorForCommand(ctx.user, input.commandId);
  const fork = await forkCommand(actor, input.commandId, { request: ctx.request });
  revalidatePath(LIST);
  return fork;
});

export const deleteCommandAction = defineAction(commandIdSchema, async (input, ctx) => {
  const actor = await actorForCommand(ctx.user, input.commandId);
  await deleteCommand(actor, input.commandId, { request: ctx.request });
  revalidatePath(LIST);
  return { deleted: true as const };
});

export const runCommandAction = defineAction(runCommandSchema, async (input, ctx) => {
  const actor = await actorForCommand(ctx.user, input.commandId);
  return runCommand(actor, input.commandId, { environmentId: input.environmentId, inputs: input.inputs }, { request: ctx.request });
});

const pickerSchema = z.object({ orgId: z.string().min(1).max(64), scope: z.enum(SCOPES), type: z.string().regex(/^[A-Z_]{1,32}$/) });

export const pickerSecretsAction = defineAction(pickerSchema, async (input, ctx) => {
  const actor = await requireUserActor(ctx.user, input.orgId);
  return listPickableSecrets(actor, input.scope, input.type);
});
