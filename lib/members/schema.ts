// What the Members screens and the invitation page submit: one schema for each form
// (zodResolver) and its server action. Client-safe.
import { z } from "zod";
import { idSchema } from "../domain/id.ts";
import { ORG_ROLES } from "../domain/constants.ts";
import { safeText } from "../domain/text.ts";
import { normalizeEmail } from "../auth/email.ts";

const roleSchema = z.enum(ORG_ROLES, { error: "Choose a role." });

export const inviteMemberSchema = z.object({
  orgId: idSchema,
  email: z
    .string()
    .trim()
    .min(1, "Enter an e-mail address.")
    .max(320, "Enter a valid e-mail address.")
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "Enter a valid e-mail address.")
    .transform(normalizeEmail),
  role: roleSchema,
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;
export type InviteMemberData = z.output<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({ orgId: idSchema, userId: idSchema, role: roleSchema });
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

export const memberRefSchema = z.object({ orgId: idSchema, userId: idSchema });
export const invitationRefSchema = z.object({ invitationId: idSchema });

export const MAX_PASSWORD_LENGTH = 1024;
/** The same minimum as lib/auth/password.ts (which is server-only; schema.test.ts checks they agree). */
export const PASSWORD_MIN_LENGTH = 12;

/** A person's name, as at invitation and in Account settings. */
export const personNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(200, "Name is too long: at most 200 characters.")
  .superRefine(safeText("Name"));

/** A new password, as at invitation and in Account settings. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, "This password is too long.");

/** Accepting an invitation as a new user: a name and a password typed twice. */
export const acceptInvitationSchema = z
  .object({
    token: z.string().min(10).max(200),
    name: personNameSchema,
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

/** Accepting as a user who already has an account (signed in as the invited e-mail). */
export const joinInvitationSchema = z.object({ token: z.string().min(10).max(200) });
