import type { ReactNode } from "react";
import { requireSettingsSection } from "../require-section";

/** Decides before the section streams (its loading.tsx is below): a role that may not open it gets HTTP 404. */
export default async function OutboxLayout({ children }: { children: ReactNode }) {
  await requireSettingsSection("/settings/outbox");
  return children;
}
