import type { ReactNode } from "react";
import { loadEditableCommand } from "../load-command";

type Props = { children: ReactNode; params: Promise<{ commandId: string }> };

/** Above the edit page's loading boundary: someone who may not edit the command gets HTTP 404. */
export default async function EditQuickCommandLayout({ children, params }: Props) {
  await loadEditableCommand((await params).commandId);
  return children;
}
