import type { ReactNode } from "react";

/** The switchers on the left, notifications and the user menu on the right; one row on a phone too. */
export function TopBar({
  switchers,
  userMenu,
  actions,
}: {
  switchers: ReactNode;
  userMenu: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="flex items-end justify-between gap-2 sm:gap-3">
      <div className="flex min-w-0 flex-1 items-end gap-2 sm:flex-none sm:flex-wrap sm:gap-3">{switchers}</div>
      <div className="flex shrink-0 items-center gap-1 sm:gap-2">
        {actions}
        {userMenu}
      </div>
    </div>
  );
}
