// What the Spots screen submits. Client-safe.
import { z } from "zod";
import { requiredText } from "../domain/text.ts";

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Invalid id.");
export const SPOT_NAME_MAX_LENGTH = 100;
const name = requiredText("Name", SPOT_NAME_MAX_LENGTH);

export const createSpotSchema = z.object({ orgId: id, name });
export const renameSpotSchema = z.object({ spotId: id, name });
export const spotRefSchema = z.object({ spotId: id });
export const spotMemberSchema = z.object({ spotId: id, userId: id.or(z.literal("")).refine((v) => v !== "", "Choose a member.") });
export const removeSpotMemberSchema = z.object({ spotId: id, userId: id });

export type CreateSpotInput = z.input<typeof createSpotSchema>;
export type RenameSpotInput = z.input<typeof renameSpotSchema>;
export type SpotMemberInput = z.input<typeof spotMemberSchema>;
