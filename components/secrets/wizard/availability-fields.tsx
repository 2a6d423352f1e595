"use client";
// Availability of an organization secret: Entire organization, or Spot (members of the chosen
// Spots only). Used by the wizard and the edit form (both name the fields the same).
import { useFormContext, useWatch } from "react-hook-form";
import { ChoiceCard } from "./choice-card.tsx";
import { SpotChoice } from "./spot-choice.tsx";

export function AvailabilityFields({ spots }: { spots: { id: string; name: string }[] }) {
  const { register } = useFormContext<{ availability: string }>();
  const availability = useWatch<{ availability: string }, "availability">({ name: "availability" });
  const registration = register("availability");
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-zinc-800">Availability</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <ChoiceCard
          label="Entire organization"
          value="ORGANIZATION"
          registration={registration}
          description="Every member of the organization can use it."
        />
        <ChoiceCard
          label="Spot"
          value="SPOTS"
          registration={registration}
          description="Only the members of the Spots you choose can use it."
        />
      </div>
      {availability === "SPOTS" && <SpotChoice spots={spots} />}
    </fieldset>
  );
}
