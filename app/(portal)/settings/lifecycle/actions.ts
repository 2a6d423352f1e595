"use server";
// Saves the organization's lifecycle settings through the one action pipeline: the schema the
// form uses, the session, the actor of the current organization, then settings.manage (checked
// in lib/lifecycle) and the audit record. A form action: it works without JavaScript too.
import { revalidatePath } from "next/cache";
import { getPortalContext } from "@/lib/auth";
import { defineAction, formAction, requireUserActor } from "@/lib/authz";
import { updateLifecycleSettings } from "@/lib/lifecycle/settings";
import { lifecycleSettingsSchema } from "@/lib/lifecycle/settings-schema";

export const saveLifecycleSettingsAction = formAction(
  defineAction(lifecycleSettingsSchema, async (input, ctx) => {
    const { org } = await getPortalContext();
    const actor = await requireUserActor(ctx.user, org.id);
    const saved = await updateLifecycleSettings(actor, input, { request: ctx.request });
    revalidatePath("/settings/lifecycle");
    return { inactivityDays: saved.inactivityDays, graceDays: saved.graceDays };
  }),
);
