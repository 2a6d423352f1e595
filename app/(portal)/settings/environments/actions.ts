"use server";
// Environments through the one action pipeline (Copy values: app/(portal)/transfer/actions.ts); the organization comes from
// the form (re-checked) or from the environment itself.
import { revalidatePath } from "next/cache";
import { formAction, environmentAction, organizationAction } from "@/lib/authz";
import { createEnvironment, deleteEnvironment, moveEnvironment, renameEnvironment } from "@/lib/environments";
import {
  createEnvironmentSchema,
  environmentRefSchema,
  moveEnvironmentSchema,
  renameEnvironmentSchema,
} from "@/lib/environments/schema";

const refresh = () => revalidatePath("/", "layout");

export const createEnvironmentAction = formAction(
  organizationAction(createEnvironmentSchema, async (input, { actor, request }) => {
    const created = await createEnvironment(actor, input, { request });
    refresh();
    return created;
  }),
);

export const renameEnvironmentAction = formAction(
  environmentAction(renameEnvironmentSchema, async (input, { actor, request }) => {
    const renamed = await renameEnvironment(actor, input, { request });
    refresh();
    return renamed;
  }),
);

export const moveEnvironmentAction = environmentAction(moveEnvironmentSchema, async (input, { actor, request }) => {
  await moveEnvironment(actor, input, { request });
  refresh();
  return { environmentId: input.environmentId };
});

export const deleteEnvironmentAction = environmentAction(environmentRefSchema, async (input, { actor, request }) => {
  await deleteEnvironment(actor, input, { request });
  refresh();
  return { environmentId: input.environmentId };
});
