import "server-only";
import { headers } from "next/headers";
import { portalBaseUrl } from "../notifications/enqueue-mail.ts";

/** The origin the current request was made to (as the browser sees it), or null. */
export async function requestOrigin(): Promise<string | null> {
  const h = await headers();
  const host = h.get("host");
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return host ? `${proto}://${host}` : null;
}

/** The portal's address for links in e-mails: NEXTAUTH_URL, else the current request's origin. */
export async function requestBaseUrl(): Promise<string> {
  return portalBaseUrl(await requestOrigin());
}
