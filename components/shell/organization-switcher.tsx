"use client";

import { ContextSelect } from "./context-select.tsx";
import type { SwitchAction } from "./types.ts";

export function OrganizationSwitcher({
  organizations,
  currentId,
  onSwitch,
}: {
  organizations: { id: string; name: string }[];
  currentId: string;
  onSwitch: SwitchAction;
}) {
  return (
    <ContextSelect
      label="Organization"
      value={currentId}
      options={organizations.map((o) => ({ value: o.id, label: o.name }))}
      onSelect={(id) => onSwitch(id)}
    />
  );
}
