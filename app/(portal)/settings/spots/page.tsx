import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { hasOrgPermission, requireUserActor } from "@/lib/authz";
import { memberChoices } from "@/lib/members";
import { listSpotsForAdmin } from "@/lib/spots";
import { EmptyState } from "@/components/ui";
import { SpotsPanel } from "@/components/admin/spots/spots-panel";
import { addSpotMemberAction, createSpotAction, deleteSpotAction, removeSpotMemberAction, renameSpotAction } from "./actions";

export const metadata: Metadata = { title: "Spots" };

export default async function SpotsPage() {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  if (!hasOrgPermission(actor.role, "spots.manage")) return <EmptyState title="Only Account Holders manage Spots." />;
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
