"use client";
// The sign-in form posts to its server action (useActionState): it works without JavaScript and
// before hydration — the browser posts it as a form, never as a GET with the password in the
// URL. Field errors come from the sign-in schema on the server; the typed e-mail is kept.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { EMPTY_FORM_STATE, fieldError, formError, type FormSubmit } from "@/lib/authz/form-state";
import { Alert, Button, FieldError, Input, Label, useHydrated } from "@/components/ui";

export function LoginForm({
  callbackUrl,
  oidcName,
  initialError,
  action,
}: {
  callbackUrl: string;
  oidcName: string | null;
  initialError: string | null;
  action: FormSubmit;
}) {
  const id = useId();
  const [state, submit, pending] = useActionState(action, EMPTY_FORM_STATE);
  const [ssoError, setSsoError] = useState<string | null>(null);
  const [ssoPending, setSsoPending] = useState(false);
  // Single sign-on leaves through next-auth's client: that button waits for React.
  const hydrated = useHydrated();
  const password = useRef<HTMLInputElement>(null);
  const refused = state.result?.ok === false;

  useEffect(() => {
    if (refused) password.current?.focus();
  }, [state, refused]);

  const error = ssoError ?? (state.result ? formError(state) : initialError);
  const emailError = fieldError(state, "email");
  const passwordError = fieldError(state, "password");

  return (
    <div className="space-y-5">
      {error && <Alert>{error}</Alert>}
      <form action={submit} noValidate className="space-y-4">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div>
          <Label htmlFor={`${id}-email`}>E-mail</Label>
          <Input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={state.values.email ?? ""}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? `${id}-email-error` : undefined}
          />
          <FieldError id={`${id}-email-error`}>{emailError}</FieldError>
        </div>
        <div>
          <Label htmlFor={`${id}-password`}>Password</Label>
          <Input
            ref={password}
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? `${id}-password-error` : undefined}
          />
          <FieldError id={`${id}-password-error`}>{passwordError}</FieldError>
        </div>
        <Button type="submit" className="w-full" pending={pending} disabled={ssoPending}>
          Sign in
        </Button>
      </form>
      {oidcName && (
        <>
          <div className="flex items-center gap-3 text-xs text-zinc-500" aria-hidden="true">
            <span className="h-px flex-1 bg-zinc-200" />
            or
            <span className="h-px flex-1 bg-zinc-200" />
          </div>
          <Button
            variant="secondary"
            className="w-full"
            pending={ssoPending}
            disabled={pending || !hydrated}
            onClick={() => {
              setSsoPending(true);
              setSsoError(null);
              void signIn("oidc", { callbackUrl }).catch(() => {
                setSsoPending(false);
                setSsoError(signInErrorMessage("server_error"));
              });
            }}
          >
            Sign in with {oidcName}
          </Button>
        </>
      )}
    </div>
  );
}
