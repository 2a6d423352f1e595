// The client address and user agent of the request being served, for a record whose caller
// did not pass them (a page's own authorization, a loader): every record made while serving a
// person carries where it came from. Outside a request (scripts, the sweep) there is none.
import "server-only";
import { getRequestInfo } from "../auth/request-info.ts";
import type { RequestInfo } from "./types.ts";

export async function currentRequestInfo(): Promise<RequestInfo | null> {
  try {
    return await getRequestInfo();
  } catch {
    return null; // headers() outside a request scope
  }
}
