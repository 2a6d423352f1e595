"use client";
import { useRouter } from "next/navigation";
import { DropdownMenu, type MenuItem } from "@/components/ui";
import type { SecretListItem } from "./secret-list-item.ts";

export type RowMenuHandlers = {
  onDelete: (secret: SecretListItem) => void;
  onCancelDeletion: (secret: SecretListItem) => void;
};

/** The row menu "More options": Edit, Delete secret, and Cancel deletion when scheduled — as permitted. */
export function SecretRowMenu({ secret, handlers }: { secret: SecretListItem; handlers: RowMenuHandlers }) {
  const router = useRouter();
  const items: MenuItem[] = [];
  if (secret.actions.includes("edit"))
    items.push({ label: "Edit", onSelect: () => router.push(`/secrets/${secret.id}/edit`) });
  if (secret.actions.includes("delete")) {
    if (secret.status === "SCHEDULED_FOR_DELETION") {
      items.push({ label: "Cancel deletion", onSelect: () => handlers.onCancelDeletion(secret) });
    }
    items.push({ label: "Delete secret", tone: "danger", onSelect: () => handlers.onDelete(secret) });
  }
  if (items.length === 0) return null;
  return <DropdownMenu label="More options" items={items} />;
}
