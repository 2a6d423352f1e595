"use server";
// Signing in with e-mail and password: a form action on the public tier (no session yet), so the
// form works without JavaScript. The pipeline parses with the sign-in form's schema (field
// errors, the e-mail kept, never the password); lib/auth checks the credentials and sets the
// session cookie; the answer is a redirect to the callbackUrl, normalized to a portal path here.
import { safeCallbackPath } from "@/lib/auth";
import { signInWithPassword } from "@/lib/auth/password-sign-in";
import { signInFormSchema } from "@/lib/auth/sign-in-schema";
import { formAction, publicAction } from "@/lib/authz";
import { env } from "@/lib/env";

export const signInAction = formAction(
  publicAction(signInFormSchema, async ({ email, password, callbackUrl }) => {
    await signInWithPassword({ email, password });
    return { redirectTo: safeCallbackPath(callbackUrl, { origin: env().NEXTAUTH_URL }) };
  }),
  { secretFields: ["password"], redirectTo: (data) => data.redirectTo },
);
