"use client";

import { ContextSelect } from "./context-select.tsx";
import type { SwitchAction } from "./types.ts";

const ALL = "";

export function WorkspaceSwitcher({
  workspaces,
  currentId,
  onSwitch,
}: {
  workspaces: { id: string; name: string }[];
  currentId: string | null;
  onSwitch: SwitchAction;
}) {
  return (
    <ContextSelect
      label="Workspace"
      value={currentId ?? ALL}
      options={[{ value: ALL, label: "All workspaces" }, ...workspaces.map((w) => ({ value: w.id, label: w.name }))]}
      onSelect={(id) => onSwitch(id === ALL ? null : id)}
    />
  );
}
