import type { ReactNode } from "react";
import { loadEditableSecret } from "../load-secret";

type Props = { children: ReactNode; params: Promise<{ secretId: string }> };

/** Above the edit page's loading boundary: someone who may not edit the secret gets HTTP 404. */
export default async function EditSecretLayout({ children, params }: Props) {
  await loadEditableSecret((await params).secretId);
  return children;
}
