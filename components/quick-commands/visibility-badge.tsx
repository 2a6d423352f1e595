import { Badge } from "@/components/ui";
import type { CommandVisibility } from "@/lib/domain/constants";
import { COMMAND_VISIBILITY_LABELS } from "./visibility.ts";

export function VisibilityBadge({
  visibility,
  workspaceName,
}: {
  visibility: CommandVisibility;
  workspaceName?: string | null;
}) {
  const tone = visibility === "PUBLISHED" ? "accent" : visibility === "SHARED" ? "success" : "neutral";
  return (
    <Badge tone={tone}>
      {COMMAND_VISIBILITY_LABELS[visibility]}
      {visibility === "SHARED" && workspaceName ? ` · ${workspaceName}` : ""}
    </Badge>
  );
}
