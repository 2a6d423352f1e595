// The toast after a fork: which headers lost their secret, and the real reason for each —
// personal secrets are never copied (rule 3); a secret deleted since cannot be.
import type { DroppedHeader } from "@/lib/quick-commands/views";

const list = (keys: string[]) => keys.join(", ");

export function forkMessage(name: string, dropped: DroppedHeader[]): string {
  const personal = dropped.filter((d) => d.reason === "personal").map((d) => d.key);
  const deleted = dropped.filter((d) => d.reason === "deleted").map((d) => d.key);
  const parts = [`Forked as "${name}".`];
  if (personal.length) parts.push(`Personal secrets are not copied to a fork: ${list(personal)}.`);
  if (deleted.length) parts.push(`The secret was deleted: ${list(deleted)}.`);
  if (dropped.length) parts.push("Choose a secret for each before running.");
  return parts.join(" ");
}
