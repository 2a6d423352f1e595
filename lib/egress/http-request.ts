// One hop of an outgoing request, connected to the address that check-target.ts approved:
// the socket's DNS lookup is replaced by one that returns that address, while the Host header
// and TLS server name (SNI, certificate check) still use the host name. No connection reuse.
import "server-only";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { CheckedTarget } from "./check-target.ts";
import { readBody } from "./read-body.ts";

export type HopResponse = {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer;
  truncated: boolean;
  undecodable: boolean;
};

export type HopRequest = {
  target: CheckedTarget;
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
  signal: AbortSignal;
  maxBytes: number;
  /** Redirect responses are not read. */
  readBodyOf: (status: number) => boolean;
};

function pinnedLookup(target: CheckedTarget): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as unknown as LookupFunction;
}

function pairs(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
}

export function sendHop(req: HopRequest): Promise<HopResponse> {
  const { target } = req;
  const transport = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = transport.request(
      {
        protocol: target.url.protocol,
        hostname: target.hostname,
        port: target.port,
        path: `${target.url.pathname}${target.url.search}`,
        method: req.method,
        headers: req.headers,
        lookup: pinnedLookup(target),
        agent: false,
        signal: req.signal,
        // The platform's default: no automatic proxy, no redirect following (done by the caller).
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const base = { status, statusText: res.statusMessage ?? "", headers: pairs(res.rawHeaders) };
        const noBody = req.method === "HEAD" || status === 204 || status === 304 || !req.readBodyOf(status);
        if (noBody) {
          res.destroy();
          return resolve({ ...base, body: Buffer.alloc(0), truncated: false, undecodable: false });
        }
        readBody(res, req.maxBytes).then((b) => resolve({ ...base, ...b }), reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(req.body);
  });
}
