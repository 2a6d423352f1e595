import { SignOutButton } from "./sign-out-button.tsx";

export function NoOrganization({ email }: { email: string }) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md rounded-lg border border-zinc-200 bg-white p-8 text-center shadow-sm">
        <h1 className="text-xl font-semibold tracking-tight">You are not a member of any organization</h1>
        <p className="mt-2 text-sm text-zinc-600">
          You are signed in as <span className="font-medium text-zinc-800">{email}</span>, but this account does not
          belong to an organization yet. Ask an Account Holder to invite you, then sign in again.
        </p>
        <SignOutButton className="mt-6" />
      </div>
    </main>
  );
}
