"use server";
// Spots through the one action pipeline; the organization comes from the form (re-checked) or
// from the Spot itself.
import { revalidatePath } from "next/cache";
import { defineAction, requireUserActor } from "@/lib/authz";
import { addSpotMember, createSpot, deleteSpot, removeSpotMember, renameSpot, spotOrgId } from "@/lib/spots";
import { createSpotSchema, removeSpotMemberSchema, renameSpotSchema, spotMemberSchema, spotRefSchema } from "@/lib/spots/schema";

const PATH = "/settings/spots";
const actorFor = async (user: { id: string; email: string; name: string }, spotId: string) => requireUserActor(user, await spotOrgId(spotId));

export const createSpotAction = defineAction(createSpotSchema, async (input, ctx) => {
  const created = await createSpot(await requireUserActor(ctx.user, input.orgId), input, { request: ctx.request });
  revalidatePath(PATH);
  return created;
});

export const renameSpotAction = defineAction(renameSpotSchema, async (input, ctx) => {
  const renamed = await renameSpot(await actorFor(ctx.user, input.spotId), input, { request: ctx.request });
  revalidatePath(PATH);
  return renamed;
});

export const deleteSpotAction = defineAction(spotRefSchema, async (input, ctx) => {
  await deleteSpot(await actorFor(ctx.user, input.spotId), input, { request: ctx.request });
  revalidatePath(PATH);
  return { spotId: input.spotId };
});

export const addSpotMemberAction = defineAction(spotMemberSchema, async (input, ctx) => {
  await addSpotMember(await actorFor(ctx.user, input.spotId), input, { request: ctx.request });
  revalidatePath(PATH);
  return { userId: input.userId };
});

export const removeSpotMemberAction = defineAction(removeSpotMemberSchema, async (input, ctx) => {
  await removeSpotMember(await actorFor(ctx.user, input.spotId), input, { request: ctx.request });
  revalidatePath(PATH);
  return { userId: input.userId };
});
