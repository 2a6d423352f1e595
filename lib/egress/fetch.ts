// The guarded outgoing request used by Quick Commands and OAuth token fetches: every hop is
// checked (check-target.ts) and connected to the checked address; redirects are followed by
// hand (at most 5), each re-checked, and credentials are not carried to another origin;
// one deadline covers resolution, connection, redirects and the body; the body is limited.
import "server-only";
import { EgressError } from "./errors.ts";
import { checkTarget, type Resolver } from "./check-target.ts";
import { sendHop } from "./http-request.ts";
import type { AllowList } from "./allow-list.ts";

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const MAX_REDIRECTS = 5;

export type GuardedRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Header names (any case) that carry credentials: dropped when a redirect leaves the origin. */
  sensitiveHeaders?: string[];
  /** The body carries a credential: a redirect that would resend it to another origin is refused. */
  sensitiveBody?: boolean;
};

export type GuardedOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  allow?: AllowList;
  resolve?: Resolver;
};

export type GuardedResponse = {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer;
  truncated: boolean;
  undecodable: boolean;
  redirects: number;
  durationMs: number;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ALWAYS_SENSITIVE = ["authorization", "proxy-authorization", "cookie"];

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new EgressError("The endpoint is not a valid URL.", "invalid_url");
  }
}

export async function guardedFetch(req: GuardedRequest, opts: GuardedOptions = {}): Promise<GuardedResponse> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const started = Date.now();
  const timedOut = new Promise<never>((_, reject) =>
    signal.addEventListener(
      "abort",
      () => reject(new EgressError(`The request timed out after ${timeoutMs / 1000} s.`, "egress_timeout", 504)),
      { once: true },
    ),
  );
  timedOut.catch(() => undefined);
  const sensitive = new Set([...ALWAYS_SENSITIVE, ...(req.sensitiveHeaders ?? []).map((h) => h.toLowerCase())]);
  let url = parseUrl(req.url);
  let method = req.method.toUpperCase();
  let headers = { ...req.headers };
  let body = req.body === undefined ? undefined : Buffer.from(req.body);
  for (let redirects = 0; ; redirects++) {
    const target = await Promise.race([checkTarget(url, { allow: opts.allow, resolve: opts.resolve }), timedOut]);
    const res = await Promise.race([
      sendHop({
        target,
        method,
        headers,
        body,
        signal,
        maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
        readBodyOf: (s) => !REDIRECTS.has(s),
      }),
      timedOut,
    ]).catch((e: unknown) => {
      if (e instanceof EgressError) throw e;
      if (signal.aborted)
        throw new EgressError(`The request timed out after ${timeoutMs / 1000} s.`, "egress_timeout", 504);
      throw new EgressError(
        `The request to "${target.hostname}" failed: ${connectionProblem(e)}.`,
        "egress_failed",
        502,
      );
    });
    const location = res.headers.find(([k]) => k.toLowerCase() === "location")?.[1];
    if (!REDIRECTS.has(res.status) || !location) return { ...res, redirects, durationMs: Date.now() - started };
    if (redirects >= (opts.maxRedirects ?? MAX_REDIRECTS)) {
      throw new EgressError(
        `Too many redirects (more than ${opts.maxRedirects ?? MAX_REDIRECTS}).`,
        "egress_redirects",
        502,
      );
    }
    const next = parseUrl(new URL(location, url).toString());
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === "POST")) {
      method = method === "HEAD" ? "HEAD" : "GET";
      body = undefined;
      headers = Object.fromEntries(
        Object.entries(headers).filter(([k]) => !/^content-(type|length|encoding)$/i.test(k)),
      );
    }
    if (next.origin !== url.origin) {
      if (body && req.sensitiveBody) {
        throw new EgressError(
          "The server redirected the request to another origin; its body holds a secret, so it was not sent there.",
          "egress_redirect_refused",
          502,
        );
      }
      headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !sensitive.has(k.toLowerCase())));
    }
    url = next;
  }
}

/** A connection error in words, without echoing anything the server sent. */
function connectionProblem(e: unknown): string {
  const code = (e as { code?: string })?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: "the connection was refused",
    ECONNRESET: "the connection was reset",
    EHOSTUNREACH: "the host is unreachable",
    ENETUNREACH: "the network is unreachable",
    ETIMEDOUT: "the connection timed out",
    EPROTO: "the TLS handshake failed",
    CERT_HAS_EXPIRED: "the server's certificate has expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: "the server's certificate is self-signed",
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's certificate could not be verified",
    ERR_TLS_CERT_ALTNAME_INVALID: "the server's certificate does not match its name",
  };
  return (code && known[code]) ?? "the connection failed";
}
