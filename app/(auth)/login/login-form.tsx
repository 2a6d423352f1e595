"use client";

import { useEffect, useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in-schema";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { Button, FieldError, Input, Label } from "@/components/ui";

export function LoginForm({
  callbackUrl,
  oidcName,
  initialError,
}: {
  callbackUrl: string;
  oidcName: string | null;
  initialError: string | null;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(initialError);
  const [ssoPending, setSsoPending] = useState(false);
  // Until React has hydrated, a click would let the browser submit the form natively and put
  // the password in a URL: the button stays disabled until then (and the form posts, never GETs).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    let failure: string | null = null;
    try {
      const res = await signIn("credentials", { redirect: false, email: values.email, password: values.password, callbackUrl });
      if (!res?.ok || res.error) failure = signInErrorMessage(res?.error ?? "server_error");
    } catch {
      failure = signInErrorMessage("server_error");
    }
    if (failure) {
      setError(failure);
      setValue("password", "");
      setFocus("password");
      return;
    }
    // A full navigation, so that every server component renders with the new session.
    window.location.assign(callbackUrl);
    // Keep the pending state until the browser leaves the page.
    await new Promise(() => {});
  });

  const emailError = errors.email?.message;
  const passwordError = errors.password?.message;

  return (
    <div className="space-y-5">
      {error && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </div>
      )}
      <form onSubmit={onSubmit} method="post" action="/login" noValidate className="space-y-4">
        <div>
          <Label htmlFor={`${id}-email`}>E-mail</Label>
          <Input
            id={`${id}-email`}
            type="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? `${id}-email-error` : undefined}
            {...register("email")}
          />
          <FieldError id={`${id}-email-error`}>{emailError}</FieldError>
        </div>
        <div>
          <Label htmlFor={`${id}-password`}>Password</Label>
          <Input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? `${id}-password-error` : undefined}
            {...register("password")}
          />
          <FieldError id={`${id}-password-error`}>{passwordError}</FieldError>
        </div>
        <Button type="submit" className="w-full" pending={isSubmitting} disabled={ssoPending || !hydrated}>
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
            disabled={isSubmitting}
            onClick={() => {
              setSsoPending(true);
              void signIn("oidc", { callbackUrl }).catch(() => {
                setSsoPending(false);
                setError(signInErrorMessage("server_error"));
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
