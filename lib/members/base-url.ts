import "server-only";
import { headers } from "next/headers";
import { portalBaseUrl } from "../notifications/enqueue-mail.ts";

/** The portal's address for links in e-mails: NEXTAUTH_URL, else the current request's origin. */
export async function requestBaseUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("host");
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return portalBaseUrl(host ? `${proto}://${host}` : null);
}
