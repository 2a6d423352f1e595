import { Badge, type BadgeTone } from "@/components/ui";
import { SECRET_STATUS_LABELS, type SecretStatus } from "@/lib/domain/constants";

const TONES: Record<SecretStatus, BadgeTone> = {
  ACTIVE: "success",
  INACTIVE: "neutral",
  SCHEDULED_FOR_DELETION: "warning",
  EXPIRED: "danger",
  DELETED: "danger",
};

/** The status word of PRODUCT.md §3 in a coloured badge. */
export function StatusBadge({ status }: { status: SecretStatus }) {
  return <Badge tone={TONES[status]}>{SECRET_STATUS_LABELS[status]}</Badge>;
}
