import type { ReactNode } from "react";

export function TopBar({ switchers, userMenu }: { switchers: ReactNode; userMenu: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="flex flex-wrap items-end gap-3">{switchers}</div>
      <div className="flex items-center">{userMenu}</div>
    </div>
  );
}
