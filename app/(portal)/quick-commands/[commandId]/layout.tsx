import type { ReactNode } from "react";
import { loadCommand } from "./load-command";

type Props = { children: ReactNode; params: Promise<{ commandId: string }> };

/**
 * Decides whether the user may see the command before anything streams: this layout renders
 * outside the loading boundaries below it, so a hidden command answers HTTP 404, not a 404
 * screen with status 200. The pages repeat the check (the same cached read).
 */
export default async function QuickCommandLayout({ children, params }: Props) {
  await loadCommand((await params).commandId);
  return children;
}
