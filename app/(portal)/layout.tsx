import type { ReactNode } from "react";
import { loadPortalState, redirectToSignIn } from "@/lib/auth";
import { ORG_ROLE_LABELS } from "@/lib/domain/constants";
import { AppShell } from "@/components/shell/app-shell";
import { NoOrganization } from "@/components/shell/no-organization";
import { OrganizationSwitcher } from "@/components/shell/organization-switcher";
import { TopBar } from "@/components/shell/top-bar";
import { UserMenu } from "@/components/shell/user-menu";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { unreadCount } from "@/lib/notifications";
import { settingsSectionsFor } from "@/lib/authz/settings-tabs";
import { signOutEverywhere, switchOrganization, switchWorkspace } from "./context-actions";
import { loadSettingsContext } from "./settings/require-section";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const state = await loadPortalState();

  if (state.status === "signed-out") return redirectToSignIn();
  if (state.status === "no-organization") return <NoOrganization email={state.user.email} />;

  const { user, org, role, orgs, workspaces, workspace } = state.context;
  const [unread, { actor }] = await Promise.all([
    unreadCount({ userId: user.id, orgId: org.id }),
    loadSettingsContext(),
  ]);
  // Settings is in the navigation only for whoever has a section there (Account settings is in the user menu).
  const hiddenNav = settingsSectionsFor(actor).length === 0 ? ["/settings"] : [];
  return (
    <AppShell
      hiddenNav={hiddenNav}
      topBar={
        <TopBar
          switchers={
            <>
              <OrganizationSwitcher organizations={orgs} currentId={org.id} onSwitch={switchOrganization} />
              <WorkspaceSwitcher workspaces={workspaces} currentId={workspace?.id ?? null} onSwitch={switchWorkspace} />
            </>
          }
          actions={<NotificationBell unread={unread} />}
          userMenu={
            <UserMenu
              name={user.name}
              email={user.email}
              roleLabel={ORG_ROLE_LABELS[role]}
              signOutEverywhere={signOutEverywhere}
            />
          }
        />
      }
    >
      {children}
    </AppShell>
  );
}
