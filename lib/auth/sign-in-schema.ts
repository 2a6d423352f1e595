// The sign-in form's input: used by the login form's resolver and by `authorizeCredentials`.
// Pure; safe to import from client components.
import { z } from "zod";
import { normalizeEmail } from "./email.ts";

export const MAX_PASSWORD_LENGTH = 1024;

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your e-mail address.")
    .max(320, "Enter a valid e-mail address.")
    .regex(/^[^\s@]+@[^\s@]+$/, "Enter a valid e-mail address.")
    .transform(normalizeEmail),
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH, "This password is too long."),
});

export type SignInInput = z.input<typeof signInSchema>;

/** What the sign-in form posts: the credentials, and where to go afterwards (checked on the server). */
export const signInFormSchema = signInSchema.extend({
  callbackUrl: z.string().max(4096).optional(),
});
