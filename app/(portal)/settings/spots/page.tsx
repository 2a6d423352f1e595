import type { Metadata } from "next";
import { requireUserActor } from "@/lib/authz";
import { memberChoices } from "@/lib/members";
import { listSpotsForAdmin } from "@/lib/spots";
import { SpotsPanel } from "@/components/admin/spots/spots-panel";
import { requireSettingsSection } from "../require-section";
import { addSpotMemberAction, createSpotAction, deleteSpotAction, removeSpotMemberAction, renameSpotAction } from "./actions";

export const metadata: Metadata = { title: "Spots" };

export default async function SpotsPage() {
  const ctx = await requireSettingsSection("/settings/spots");
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const [spots, people] = await Promise.all([listSpotsForAdmin(actor), memberChoices(ctx.org.id)]);
  return (
    <SpotsPanel
      orgId={ctx.org.id}
      spots={spots}
      people={people}
      actions={{ create: createSpotAction, rename: renameSpotAction, remove: deleteSpotAction, addMember: addSpotMemberAction, removeMember: removeSpotMemberAction }}
    />
  );
}
