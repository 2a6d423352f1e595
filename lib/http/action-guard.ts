// The proxy's guard for server action calls. Next.js answers 500 when an action call comes from
// another origin, is over its body limit, or does not decode (lib/http/action-reply.ts); this
// refuses those with a 4xx before Next reads them. Server actions still authenticate and
// authorize themselves (the action pipeline); this only shapes what reaches them.
import { NextResponse, type NextRequest } from "next/server";
import { ACTION_BODY_LIMIT_BYTES } from "./action-limits.mjs";
import { checkActionReply } from "./action-reply.ts";
import { isSameOrigin } from "./same-origin.ts";

const LIMIT_TEXT = `${ACTION_BODY_LIMIT_BYTES / (1024 * 1024)} MiB`;

/** An action call: Next's client sends `Next-Action`; a form posted without JavaScript is multipart. */
export function isActionCall(req: NextRequest): boolean {
  if (req.method !== "POST") return false;
  return req.headers.has("next-action") || isMultipart(req);
}

/** The refusal for a hostile action call, or undefined when it may go on to Next. */
export async function refuseHostileAction(req: NextRequest): Promise<Response | undefined> {
  if (!isActionCall(req)) return undefined;
  if (!isSameOrigin(req.headers)) return refusal(403, "forbidden", "Cross-site requests are refused.");
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > ACTION_BODY_LIMIT_BYTES) return tooLarge();
  const body = await readBounded(req);
  if (body === "too-large") return tooLarge();
  const parts = await replyParts(req, body);
  if (parts === "no-javascript") {
    // Strongroom renders no form that posts to a server action without JavaScript.
    return refusal(400, "invalid_input", "This form needs JavaScript.");
  }
  if (!parts) return refusal(400, "invalid_input", "The request is not valid.");
  if (!parts.size) return undefined; // a multipart post that is no action call (a route handler's upload)
  const verdict = checkActionReply(parts);
  return verdict.ok ? undefined : refusal(400, "invalid_input", verdict.message);
}

function isMultipart(req: NextRequest): boolean {
  return req.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data") ?? false;
}

/** The body (Next buffers it for the proxy, so reading it here leaves it to the page), at most the limit. */
async function readBounded(req: NextRequest): Promise<Uint8Array<ArrayBuffer> | "too-large"> {
  const reader = req.clone().body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > ACTION_BODY_LIMIT_BYTES) {
      // Not awaited: cancelling one branch of a cloned (teed) body settles only once the other is cancelled too.
      void reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/**
 * The reply's model parts (decimal part number → JSON text): the whole body for a text body,
 * the numbered fields of a multipart one. Undefined when the body cannot be read at all.
 */
async function replyParts(req: NextRequest, body: Uint8Array<ArrayBuffer>): Promise<Map<string, string> | "no-javascript" | undefined> {
  if (!isMultipart(req)) return new Map([["0", new TextDecoder().decode(body)]]);
  let form: FormData;
  try {
    const contentType = req.headers.get("content-type")!;
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return undefined;
  }
  const names = [...form.keys()];
  if (!req.headers.has("next-action")) return names.some((n) => n.startsWith("$ACTION_")) ? "no-javascript" : new Map();
  const parts = new Map<string, string>();
  for (const [name, value] of form) {
    if (!/^\d+$/.test(name)) continue; // a FormData argument's entries
    if (typeof value !== "string") return undefined;
    parts.set(name, value);
  }
  return parts.size ? parts : new Map([["0", ""]]);
}

function tooLarge(): Response {
  return refusal(413, "too_large", `The request is too large: at most ${LIMIT_TEXT}.`);
}

function refusal(status: number, code: string, message: string): Response {
  return NextResponse.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}
