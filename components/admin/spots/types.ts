import type { CreateSpotInput, RenameSpotInput, SpotMemberInput } from "@/lib/spots/schema";
import type { Action } from "../types";

export type SpotView = { id: string; name: string; secretCount: number; members: { userId: string; name: string; email: string }[] };

export type SpotActions = {
  create: Action<CreateSpotInput>;
  rename: Action<RenameSpotInput>;
  remove: Action<{ spotId: string }>;
  addMember: Action<SpotMemberInput>;
  removeMember: Action<{ spotId: string; userId: string }>;
};
