"use server";
// Mark notifications read. A notification belongs to its reader: the service only ever updates
// the signed-in user's own rows in the current organization (anything else is "not found").
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/id";
import { getPortalContext } from "@/lib/auth";
import { defineAction } from "@/lib/authz";
import { markAllRead, markRead } from "@/lib/notifications";

export const markNotificationReadAction = defineAction(z.object({ id: idSchema }), async ({ id }, ctx) => {
  const { org } = await getPortalContext();
  await markRead({ userId: ctx.user.id, orgId: org.id }, id);
  revalidatePath("/", "layout");
  return { id };
});

export const markAllNotificationsReadAction = defineAction(z.object({}), async (_input, ctx) => {
  const { org } = await getPortalContext();
  const count = await markAllRead({ userId: ctx.user.id, orgId: org.id });
  revalidatePath("/", "layout");
  return { count };
});
