"use server";
// Delete now, schedule deletion, cancel deletion. The typed confirmation is checked here
// again: the dialog's disabled button is not the protection. Deleting is the dialog's form
// action (FormData: secretId, mode, confirmation).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema as id } from "@/lib/domain/id";
import { formAction, secretAction } from "@/lib/authz";
import { cancelDeletion, deleteSecretNow, scheduleDeletion } from "@/lib/secrets";
import { now } from "@/lib/lifecycle/clock";
import { isoDay } from "@/lib/time/days";

const deleteSchema = z.object({
  secretId: id,
  mode: z.enum(["now", "schedule"], { error: "Choose Delete now or Schedule deletion." }),
  confirmation: z.string().refine((v) => v === "DELETE", "Type DELETE to confirm."),
});

export const deleteSecretAction = formAction(
  secretAction(deleteSchema, async ({ secretId, mode }, { actor, request }) => {
    let deletionDueOn: string | null = null;
    if (mode === "now") {
      await deleteSecretNow(actor, secretId, { request, now: now() });
    } else {
      const { deletionDueAt } = await scheduleDeletion(actor, secretId, { request });
      deletionDueOn = deletionDueAt ? isoDay(deletionDueAt) : null;
    }
    revalidatePath("/secrets", "layout");
    return { mode, deletionDueOn };
  }),
);

export const cancelDeletionAction = secretAction(
  z.object({ secretId: id }),
  async ({ secretId }, { actor, request }) => {
    await cancelDeletion(actor, secretId, { request });
    revalidatePath("/secrets", "layout");
    return { cancelled: true };
  },
);
