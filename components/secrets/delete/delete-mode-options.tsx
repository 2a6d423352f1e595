"use client";
import { useId } from "react";

export type DeleteMode = "now" | "schedule";

/** The two ways to delete, as radio buttons with what each one means. */
export function DeleteModeOptions({
  mode,
  onChange,
  allowSchedule,
  scheduleDeletionOn,
  graceDays,
}: {
  mode: DeleteMode;
  onChange: (mode: DeleteMode) => void;
  allowSchedule: boolean;
  scheduleDeletionOn: string;
  graceDays: number;
}) {
  const id = useId();
  const option = (value: DeleteMode, label: string, explanation: React.ReactNode) => (
    <div className="flex gap-3 rounded-md border border-zinc-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50/40">
      <input
        id={`${id}-${value}`}
        type="radio"
        name="mode"
        value={value}
        checked={mode === value}
        onChange={() => onChange(value)}
        aria-describedby={`${id}-${value}-help`}
        className="mt-1 size-4 accent-brand-600"
      />
      <div>
        <label htmlFor={`${id}-${value}`} className="text-sm font-medium text-zinc-900">
          {label}
        </label>
        <p id={`${id}-${value}-help`} className="text-sm text-zinc-600">
          {explanation}
        </p>
      </div>
    </div>
  );
  return (
    <fieldset className="mt-4">
      <legend className="mb-2 text-sm font-medium text-zinc-800">How to delete</legend>
      <div className="grid gap-2">
        {allowSchedule &&
          option(
            "schedule",
            "Schedule deletion",
            <>
              The secret will be deleted on <strong>{scheduleDeletionOn}</strong> (in {graceDays} days). Until then it
              cannot be used, and anyone who manages it can cancel the deletion.
            </>,
          )}
        {option(
          "now",
          "Delete now",
          <>
            Irreversible: the values are destroyed at once and cannot be recovered, not even from a backup. The secret
            disappears from the list.
          </>,
        )}
      </div>
    </fieldset>
  );
}
