"use server";
// Spots through the one action pipeline; the organization comes from the form (re-checked) or
// from the Spot itself.
import { revalidatePath } from "next/cache";
import { formAction, organizationAction, spotAction } from "@/lib/authz";
import { addSpotMember, createSpot, deleteSpot, removeSpotMember, renameSpot } from "@/lib/groups";
import {
  createSpotSchema,
  removeSpotMemberSchema,
  renameSpotSchema,
  spotMemberSchema,
  spotRefSchema,
} from "@/lib/groups/schema";
import { refreshing } from "../refreshing";

const run = refreshing(() => revalidatePath("/settings/spots"));

export const createSpotAction = formAction(organizationAction(createSpotSchema, run(createSpot)));
export const renameSpotAction = formAction(spotAction(renameSpotSchema, run(renameSpot)));
export const deleteSpotAction = spotAction(spotRefSchema, run(deleteSpot));
export const addSpotMemberAction = formAction(spotAction(spotMemberSchema, run(addSpotMember)));
export const removeSpotMemberAction = spotAction(removeSpotMemberSchema, run(removeSpotMember));
