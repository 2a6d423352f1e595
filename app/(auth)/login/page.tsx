import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser, oidcDisplayName, safeCallbackPath, signInErrorMessage } from "@/lib/auth";
import { env } from "@/lib/env";
import { signInAction } from "./actions";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl), { origin: env().NEXTAUTH_URL });
  if (await getSessionUser()) redirect(callbackUrl);

  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center text-center">
          <div className="mb-4 flex size-11 items-center justify-center rounded-xl bg-brand-600 text-white shadow-sm" aria-hidden="true">
            <svg viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <rect x="4" y="10" width="16" height="11" rx="2" />
              <path d="M8 10V7a4 4 0 0 1 8 0v3" />
            </svg>
          </div>
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Strongroom</h1>
          <p className="mt-1 text-sm text-zinc-600">Your organization&apos;s secrets, kept safe.</p>
        </div>
        <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
          <LoginForm
            callbackUrl={callbackUrl}
            oidcName={oidcDisplayName(env())}
            initialError={signInErrorMessage(first(params.error))}
            action={signInAction}
          />
        </div>
      </div>
    </main>
  );
}
