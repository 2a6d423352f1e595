import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser, oidcDisplayName, safeCallbackPath, signInErrorMessage } from "@/lib/auth";
import { env } from "@/lib/env";
import { Logo } from "@/components/shell/logo";
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
          <Logo className="mb-6 gap-2.5 text-xl text-zinc-900" markClassName="size-10" />
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
