import "server-only";
import { headers } from "next/headers";
import { env } from "../env/index.ts";
import type { RequestInfo } from "../audit/index.ts";
import { clientIp, userAgent } from "./client-address.ts";

/** Client address and user agent of the current request, for audit records. */
export async function getRequestInfo(): Promise<{ ip: string | null; userAgent: string | null } & RequestInfo> {
  const h = await headers();
  const get = (name: string) => h.get(name);
  return { ip: clientIp(get, env().STRONGROOM_TRUST_PROXY), userAgent: userAgent(get) };
}
