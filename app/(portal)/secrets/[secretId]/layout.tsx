import type { ReactNode } from "react";
import { loadSecret } from "./load-secret";

type Props = { children: ReactNode; params: Promise<{ secretId: string }> };

/**
 * Decides whether the user may see the secret before anything streams: this layout renders
 * outside the loading boundaries below it, so a hidden secret answers HTTP 404, not a 404
 * screen with status 200. The pages repeat the check (the same cached read).
 */
export default async function SecretLayout({ children, params }: Props) {
  await loadSecret((await params).secretId);
  return children;
}
