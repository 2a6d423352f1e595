// The proxy's guard for server action calls. Next.js answers 500 when an action call comes from
// another origin, is over its body limit, or does not decode (lib/http/action-reply.ts); this
// refuses those with a 4xx before Next reads them. Server actions still authenticate and
// authorize themselves (the action pipeline); this only shapes what reaches them.
import { NextResponse, type NextRequest } from "next/server";
import { ACTION_BODY_LIMIT_BYTES } from "./action-limits.mjs";
import { checkActionReply, type ReplyVerdict } from "./action-reply.ts";
import { isSameOrigin } from "./same-origin.ts";

/**
 * An action call, or what Next would try as one: its client sends `Next-Action`; a form posted
 * without JavaScript is multipart (any multipart POST to the portal is held to these rules).
 */
function isActionCall(req: NextRequest): boolean {
  return req.method === "POST" && (req.headers.has("next-action") || isMultipart(req));
}

/** The refusal for a hostile action call, or undefined when it may go on to Next. */
export async function refuseHostileAction(req: NextRequest): Promise<Response | undefined> {
  if (!isActionCall(req)) return undefined;
  if (!isSameOrigin(req.headers)) return refusal(403, "forbidden", "Cross-site requests are refused.");
  if (Number(req.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES) return tooLarge();
  const body = await readBounded(req);
  if (!body) return tooLarge();
  const verdict = isMultipart(req)
    ? await checkMultipart(req, body)
    : checkActionReply(new Map([["0", new TextDecoder().decode(body)]]));
  return verdict.ok ? undefined : refusal(400, "invalid_input", verdict.message);
}

function isMultipart(req: NextRequest): boolean {
  return req.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data") ?? false;
}

/**
 * The body, or undefined past the limit. Next buffers the body for the proxy, so reading a clone
 * here leaves it whole for the page.
 */
async function readBounded(req: NextRequest): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = req.clone().body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const read = await reader?.read();
    if (!read || read.done) break;
    size += read.value.byteLength;
    if (size > ACTION_BODY_LIMIT_BYTES) {
      // Not awaited: cancelling one branch of a cloned (teed) body settles only when the other is cancelled too.
      void reader!.cancel();
      return undefined;
    }
    chunks.push(read.value);
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
 * A form posted to a server action without JavaScript (or before hydration): React names the
 * action in a `$ACTION_ID_<id>` field, or in `$ACTION_REF_<n>` with the action's reference and
 * its bound arguments (useActionState's previous state) as a reply in `$ACTION_<n>:<part>`
 * fields — checked like any reply. The other fields are the form's, handed over as FormData.
 * Multipart posts that name no action (a route handler's upload) go on.
 */
function checkFormPost(form: FormData): ReplyVerdict {
  const refs = [...form.keys()].filter((name) => name.startsWith("$ACTION_REF_"));
  if (refs.length === 0) return { ok: true };
  if (refs.length > 1) return { ok: false, message: "The request is not valid." };
  const prefix = `$ACTION_${refs[0]!.slice("$ACTION_REF_".length)}:`;
  const parts = new Map<string, string>();
  for (const [name, value] of form) {
    const part = name.startsWith(prefix) ? name.slice(prefix.length) : null;
    if (part !== null && typeof value === "string" && /^\d+$/.test(part)) parts.set(part, value);
  }
  // Part 0 is `{ id, bound }`, where bound is null or a promise of the arguments ("$@<part>"): the
  // one place a promise is taken, so it is checked here and the rest as an ordinary reply.
  let meta: unknown;
  try {
    meta = JSON.parse(parts.get("0") ?? "");
  } catch {
    return { ok: false, message: "The request is not valid." };
  }
  const { id, bound } = (meta ?? {}) as { id?: unknown; bound?: unknown };
  const promised = typeof bound === "string" ? /^\$@([0-9a-f]{1,8})$/.exec(bound) : null;
  if (typeof id !== "string" || (bound !== null && !(promised && parts.has(String(parseInt(promised[1]!, 16)))))) {
    return { ok: false, message: "The request holds a value this server does not accept." };
  }
  return checkActionReply(new Map([...parts, ["0", JSON.stringify({ id, bound: null })]]));
}

/** A multipart reply: its numbered fields are the parts; the others are a FormData argument's entries. */
async function checkMultipart(req: NextRequest, body: Uint8Array<ArrayBuffer>): Promise<ReplyVerdict> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": req.headers.get("content-type")! } }).formData();
  } catch {
    return { ok: false, message: "The request is not valid." };
  }
  if (!req.headers.has("next-action")) return checkFormPost(form);
  const parts = new Map<string, string>();
  for (const [name, value] of form) {
    if (typeof value === "string" && /^\d+$/.test(name)) parts.set(name, value);
  }
  return checkActionReply(parts);
}

function tooLarge(): Response {
  const limit = `${ACTION_BODY_LIMIT_BYTES / (1024 * 1024)} MiB`;
  return refusal(413, "too_large", `The request is too large: at most ${limit}.`);
}

function refusal(status: number, code: string, message: string): Response {
  return NextResponse.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}
