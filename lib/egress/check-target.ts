// Before every hop of an outgoing request: http(s) only, resolve the host, and refuse any
// destination the policy refuses unless allow-listed. The request then connects to the
// address checked here (see http-request.ts), so a second DNS answer cannot redirect it.
import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { env } from "../env/index.ts";
import { isAllowListed, normalizeHost, parseAllowList, type AllowList } from "./allow-list.ts";
import { ALLOW_HINT, EgressError } from "./errors.ts";
import { REFUSAL_LABELS, refusalReason } from "./ip-policy.ts";

export type CheckedTarget = { url: URL; hostname: string; address: string; family: 4 | 6; port: number };

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

let cached: { spec: string | undefined; list: AllowList } | undefined;

/** The configured allow-list (parsed once per value of STRONGROOM_EGRESS_ALLOW). */
export function configuredAllowList(): AllowList {
  const spec = env().STRONGROOM_EGRESS_ALLOW;
  const current = cached && cached.spec === spec ? cached : (cached = { spec, list: parseAllowList(spec) });
  if (current.list.invalid.length) {
    throw new EgressError(
      `The egress allow-list (STRONGROOM_EGRESS_ALLOW) has an invalid entry: "${current.list.invalid[0]}". Ask an administrator to correct it.`,
      "egress_config",
    );
  }
  return current.list;
}

export async function checkTarget(
  url: URL,
  opts: { allow?: AllowList; resolve?: Resolver } = {},
): Promise<CheckedTarget> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new EgressError(`Only http and https requests are allowed, not ${url.protocol.replace(/:$/, "")}.`);
  }
  if (url.username || url.password) {
    throw new EgressError(
      "The URL cannot contain a user name or password; send credentials in a header with a secret.",
    );
  }
  const hostname = normalizeHost(url.hostname);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const allow = opts.allow ?? configuredAllowList();
  let addresses: { address: string; family: number }[];
  if (isIP(hostname)) {
    addresses = [{ address: hostname, family: isIP(hostname) }];
  } else {
    try {
      addresses = await (opts.resolve ?? systemResolver)(hostname);
    } catch {
      throw new EgressError(`The host "${hostname}" could not be resolved.`, "egress_dns");
    }
    if (addresses.length === 0) throw new EgressError(`The host "${hostname}" could not be resolved.`, "egress_dns");
  }
  // Every address the name resolves to must pass: a name with one public and one private
  // address would otherwise reach the private one on a retry.
  for (const { address } of addresses) {
    const reason = refusalReason(address);
    if (reason && !isAllowListed(allow, { hostname, address, port })) {
      const where = isIP(hostname) ? address : `"${hostname}" (${address})`;
      throw new EgressError(`Requests to ${where} are refused: it is ${REFUSAL_LABELS[reason]}. ${ALLOW_HINT}`);
    }
  }
  const first = addresses[0]!;
  return { url, hostname, address: first.address, family: first.family === 6 ? 6 : 4, port };
}
