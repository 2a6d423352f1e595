import { cn } from "@/components/ui";

export const STEP_TITLES = ["Storage location", "Credential", "Review"] as const;

/** Which step the wizard is on, as an ordered list (the current one has aria-current="step"). */
export function WizardProgress({ step }: { step: number }) {
  return (
    <ol aria-label="Steps" className="mb-6 flex flex-wrap gap-2 text-sm">
      {STEP_TITLES.map((title, i) => (
        <li
          key={title}
          aria-current={i === step ? "step" : undefined}
          className={cn(
            "flex items-center gap-2 rounded-full border px-3 py-1",
            i === step
              ? "border-brand-600 bg-brand-50 font-medium text-brand-800"
              : i < step
                ? "border-zinc-300 text-zinc-700"
                : "border-zinc-200 text-zinc-500",
          )}
        >
          <span aria-hidden="true" className="tabular-nums">
            {i + 1}.
          </span>
          {title}
        </li>
      ))}
    </ol>
  );
}
