import { Alert } from "@/components/ui";
import type { Refusal } from "./use-run-action";

/** Why the server refused, with any listed details (e.g. the secrets restricted to a Spot). */
export function RefusalMessage({ refusal }: { refusal: Refusal | null }) {
  if (!refusal) return null;
  const details = refusal.details.filter((d) => d !== refusal.message);
  return (
    <Alert>
      <p>{refusal.message}</p>
      {details.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
