import type { ReactNode } from "react";

export function TopBar({ switchers, userMenu, actions }: { switchers: ReactNode; userMenu: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="flex flex-wrap items-end gap-3">{switchers}</div>
      <div className="flex items-center gap-2">
        {actions}
        {userMenu}
      </div>
    </div>
  );
}
