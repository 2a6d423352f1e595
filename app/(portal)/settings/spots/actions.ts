"use server";
// Spots through the one action pipeline; the organization comes from the form (re-checked) or
// from the Spot itself.
import { revalidatePath } from "next/cache";
import { formAction, organizationAction, spotAction } from "@/lib/authz";
import { addSpotMember, createSpot, deleteSpot, removeSpotMember, renameSpot } from "@/lib/spots";
import { createSpotSchema, removeSpotMemberSchema, renameSpotSchema, spotMemberSchema, spotRefSchema } from "@/lib/spots/schema";

const PATH = "/settings/spots";

export const createSpotAction = formAction(
  organizationAction(createSpotSchema, async (input, { actor, request }) => {
    const created = await createSpot(actor, input, { request });
    revalidatePath(PATH);
    return created;
  }),
);

export const renameSpotAction = formAction(
  spotAction(renameSpotSchema, async (input, { actor, request }) => {
    const renamed = await renameSpot(actor, input, { request });
    revalidatePath(PATH);
    return renamed;
  }),
);

export const deleteSpotAction = spotAction(spotRefSchema, async (input, { actor, request }) => {
  await deleteSpot(actor, input, { request });
  revalidatePath(PATH);
  return { spotId: input.spotId };
});

export const addSpotMemberAction = formAction(
  spotAction(spotMemberSchema, async (input, { actor, request }) => {
    await addSpotMember(actor, input, { request });
    revalidatePath(PATH);
    return { userId: input.userId };
  }),
);

export const removeSpotMemberAction = spotAction(removeSpotMemberSchema, async (input, { actor, request }) => {
  await removeSpotMember(actor, input, { request });
  revalidatePath(PATH);
  return { userId: input.userId };
});
