"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { FieldError } from "@/components/ui";
import { useFieldError } from "../credential/form-field.tsx";

/** The Spots an organization secret is restricted to (at least one). */
export function SpotChoice({ spots }: { spots: { id: string; name: string }[] }) {
  const { setValue } = useFormContext<{ spotIds: string[] }>();
  const chosen = useWatch<{ spotIds: string[] }, "spotIds">({ name: "spotIds" }) ?? [];
  const error = useFieldError("spotIds");
  if (spots.length === 0) return <p className="mt-3 text-sm text-zinc-600">This organization has no Spots yet.</p>;
  return (
    <fieldset className="mt-4" aria-describedby={error ? "spot-ids-error" : undefined}>
      <legend className="mb-2 text-sm font-medium text-zinc-800">Spots</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {spots.map((spot) => (
          <label key={spot.id} className="inline-flex items-center gap-2 text-sm text-zinc-800">
            <input
              type="checkbox"
              className="size-4 accent-brand-600"
              checked={chosen.includes(spot.id)}
              onChange={(e) =>
                setValue("spotIds", e.target.checked ? [...chosen, spot.id] : chosen.filter((id) => id !== spot.id), {
                  shouldDirty: true,
                  shouldValidate: true,
                })
              }
            />
            {spot.name}
          </label>
        ))}
      </div>
      <FieldError id="spot-ids-error">{error}</FieldError>
    </fieldset>
  );
}
