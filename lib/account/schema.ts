// What the Account page submits: one schema per form (zodResolver) and its server action.
// Client-safe.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, newPasswordSchema, personNameSchema } from "../members/schema.ts";

export const changeNameSchema = z.object({ name: personNameSchema });
export type ChangeNameInput = z.input<typeof changeNameSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, "Enter your current password.")
      .max(MAX_PASSWORD_LENGTH, "Current password is wrong."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** A session is named by its handle (session-handle.ts), never by its id. */
export const endSessionSchema = z.object({ handle: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "Unknown session.") });
export type EndSessionInput = z.input<typeof endSessionSchema>;
