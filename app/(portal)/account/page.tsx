import type { Metadata } from "next";
import { oidcDisplayName, requireCurrentSession } from "@/lib/auth";
import { loadAccount, NO_PASSWORD_MESSAGE } from "@/lib/account";
import { canOpenSettingsSection } from "@/lib/authz/settings-tabs";
import { env } from "@/lib/env";
import { Card, CardContent, CardHeader, CardTitle, PageHeader, ToastProvider } from "@/components/ui";
import { NameForm } from "@/components/account/name-form";
import { OwnTokens } from "@/components/account/own-tokens";
import { PasswordForm } from "@/components/account/password-form";
import { SessionsTable } from "@/components/account/sessions-table";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { signOutEverywhere } from "../context-actions";
import { loadSettingsContext } from "../settings/require-section";
import { changeNameAction, changePasswordAction, endSessionAction } from "./actions";

export const metadata: Metadata = { title: "Account settings" };

const TOKENS_SECTION = "/settings/api-tokens";

export default async function AccountPage() {
  const { actor } = await loadSettingsContext();
  const account = await loadAccount(await requireCurrentSession());
  const sso = oidcDisplayName(env());
  return (
    <ToastProvider>
      <PageHeader title="Account settings" description="Your name, your password and where you are signed in." />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card aria-labelledby="account-profile">
          <CardHeader>
            <CardTitle id="account-profile">Profile</CardTitle>
          </CardHeader>
          <CardContent>
            <NameForm name={account.name} email={account.email} action={changeNameAction} />
          </CardContent>
        </Card>
        <Card aria-labelledby="account-password">
          <CardHeader>
            <CardTitle id="account-password">Password</CardTitle>
          </CardHeader>
          <CardContent>
            {account.hasPassword ? (
              <PasswordForm action={changePasswordAction} />
            ) : (
              <p className="text-sm text-zinc-600">
                {NO_PASSWORD_MESSAGE}
                {sso && ` Manage your password with ${sso}.`}
              </p>
            )}
          </CardContent>
        </Card>
      </div>
      <Card aria-labelledby="account-sessions" className="mt-6">
        <CardHeader className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <CardTitle id="account-sessions">Active sessions</CardTitle>
            <p className="mt-1 text-sm text-zinc-600">Browsers and devices where you are signed in.</p>
          </div>
          <SignOutButton size="sm" everywhere={signOutEverywhere} />
        </CardHeader>
        <CardContent>
          <SessionsTable sessions={account.sessions} action={endSessionAction} />
        </CardContent>
      </Card>
      <Card aria-labelledby="account-tokens" className="mt-6">
        <CardHeader>
          <CardTitle id="account-tokens">Your API tokens</CardTitle>
        </CardHeader>
        <CardContent>
          <OwnTokens
            tokens={account.tokens}
            manageHref={canOpenSettingsSection(actor, TOKENS_SECTION) ? TOKENS_SECTION : null}
          />
        </CardContent>
      </Card>
    </ToastProvider>
  );
}
