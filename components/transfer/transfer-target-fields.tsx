"use client";
// "Storage location" and "Environment" selects shared by Import and Export.
import { useId } from "react";
import { Label, Select } from "@/components/ui";
import type { TransferOptions } from "./transfer-types";

type Props = {
  options: TransferOptions;
  scope: string;
  environmentId: string;
  onScope: (v: string) => void;
  onEnvironment: (v: string) => void;
};

export function TransferTargetFields({ options, scope, environmentId, onScope, onEnvironment }: Props) {
  const id = useId();
  return (
    <div className="grid grid-cols-2 gap-3">
      <div>
        <Label htmlFor={`${id}-scope`}>Storage location</Label>
        <Select id={`${id}-scope`} value={scope} onChange={(e) => onScope(e.target.value)}>
          {options.scopes.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor={`${id}-env`}>Environment</Label>
        <Select id={`${id}-env`} value={environmentId} onChange={(e) => onEnvironment(e.target.value)}>
          {options.environments.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
