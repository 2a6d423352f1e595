// /invitations/<token>: accept an invitation (PRODUCT.md §1). New users set their name and
// password; people with an account join while signed in as the invited e-mail.
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getSessionUser } from "@/lib/auth";
import { ORG_ROLE_LABELS } from "@/lib/domain/constants";
import { describeInvitation, UNKNOWN_INVITATION } from "@/lib/members";
import { buttonClasses } from "@/components/ui";
import { AcceptForm } from "./accept-form";
import { acceptInvitationAction, joinInvitationAction } from "./actions";
import { JoinButton } from "./join-button";

export const metadata: Metadata = { title: "Invitation" };

const STATUS: Record<string, string> = {
  used: "This invitation has already been used. Sign in instead.",
  revoked: "This invitation was withdrawn. Ask an Account Holder for a new one.",
  expired: "This invitation has expired. Ask an Account Holder for a new one.",
};

function Frame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <h1 className="mb-6 text-center text-2xl font-semibold tracking-tight">{title}</h1>
        <div className="space-y-4 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await describeInvitation(token);
  const signIn = (
    <Link href="/login" className={buttonClasses("secondary", "md", "w-full")}>
      Go to sign in
    </Link>
  );
  if (!view)
    return (
      <Frame title="Invitation">
        {<p className="text-sm text-zinc-700">{UNKNOWN_INVITATION}</p>}
        {signIn}
      </Frame>
    );
  if (view.status !== "valid")
    return (
      <Frame title={`Join ${view.orgName}`}>
        <p role="alert" className="text-sm text-zinc-700">
          {STATUS[view.status]}
        </p>
        {signIn}
      </Frame>
    );
  const intro = (
    <p className="text-sm text-zinc-600">
      You are invited to <strong>{view.orgName}</strong> as <strong>{ORG_ROLE_LABELS[view.role]}</strong>.
    </p>
  );
  if (!view.hasAccount) {
    return (
      <Frame title={`Join ${view.orgName}`}>
        {intro}
        <AcceptForm token={token} email={view.email} action={acceptInvitationAction} />
      </Frame>
    );
  }
  const user = await getSessionUser();
  const here = `/invitations/${token}`;
  return (
    <Frame title={`Join ${view.orgName}`}>
      {intro}
      {user?.email === view.email ? (
        <JoinButton token={token} action={joinInvitationAction} />
      ) : (
        <>
          <p className="text-sm text-zinc-600">
            {view.email} already has a Strongroom account.{" "}
            {user ? `You are signed in as ${user.email}: sign out, then ` : ""}Sign in as {view.email} to accept.
          </p>
          {!user && (
            <Link
              href={`/login?callbackUrl=${encodeURIComponent(here)}`}
              className={buttonClasses("primary", "md", "w-full")}
            >
              Sign in to accept
            </Link>
          )}
        </>
      )}
    </Frame>
  );
}
