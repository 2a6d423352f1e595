"use server";
// Environments through the one action pipeline (Copy values: app/(portal)/transfer/actions.ts); the organization comes from
// the form (re-checked) or from the environment itself.
import { revalidatePath } from "next/cache";
import { defineAction, requireUserActor } from "@/lib/authz";
import { createEnvironment, deleteEnvironment, environmentOrgId, moveEnvironment, renameEnvironment } from "@/lib/environments";
import { createEnvironmentSchema, environmentRefSchema, moveEnvironmentSchema, renameEnvironmentSchema } from "@/lib/environments/schema";

const refresh = () => revalidatePath("/", "layout");
const actorFor = async (user: { id: string; email: string; name: string }, environmentId: string) =>
  requireUserActor(user, await environmentOrgId(environmentId));

export const createEnvironmentAction = defineAction(createEnvironmentSchema, async (input, ctx) => {
  const created = await createEnvironment(await requireUserActor(ctx.user, input.orgId), input, { request: ctx.request });
  refresh();
  return created;
});

export const renameEnvironmentAction = defineAction(renameEnvironmentSchema, async (input, ctx) => {
  const renamed = await renameEnvironment(await actorFor(ctx.user, input.environmentId), input, { request: ctx.request });
  refresh();
  return renamed;
});

export const moveEnvironmentAction = defineAction(moveEnvironmentSchema, async (input, ctx) => {
  await moveEnvironment(await actorFor(ctx.user, input.environmentId), input, { request: ctx.request });
  refresh();
  return { environmentId: input.environmentId };
});

export const deleteEnvironmentAction = defineAction(environmentRefSchema, async (input, ctx) => {
  await deleteEnvironment(await actorFor(ctx.user, input.environmentId), input, { request: ctx.request });
  refresh();
  return { environmentId: input.environmentId };
});
