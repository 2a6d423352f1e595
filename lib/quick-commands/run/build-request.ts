// The outgoing request of a run: placeholders filled (run-time inputs; fields of the command's
// secrets), header values injected. Values filled into the endpoint are percent-encoded.
import { ValidationError } from "../../errors/index.ts";
import { fillPlaceholders, secretPlaceholder } from "../placeholders.ts";
import type { StoredHeader } from "../stored-headers.ts";

export type RunSources = {
  inputs: Record<string, string>;
  /** Fields of each referenced secret, by secret name. */
  fields: Map<string, Record<string, string>>;
  /** The header values built from secrets, by header key. */
  secretHeaders: Map<string, string>;
};

export type BuiltRequest = {
  url: string;
  headers: Record<string, string>;
  body?: string;
  sensitiveHeaders: string[];
  sensitiveBody: boolean;
};

export const USER_AGENT = "Strongroom-Quick-Commands";

const own = (o: Record<string, string> | undefined, k: string) => (o && Object.hasOwn(o, k) ? o[k] : undefined);

/** Fills placeholders; `used.secret` tells whether a secret's field went into the text. */
function filler(src: RunSources, encode: boolean) {
  const names = [...src.fields.keys()];
  return (text: string, used: { secret: boolean } = { secret: false }) =>
    fillPlaceholders(text, (token) => {
      const ref = secretPlaceholder(token, names);
      let value: string | undefined;
      if (ref) {
        value = own(src.fields.get(ref.secretName), ref.key);
        if (value === undefined)
          throw new ValidationError(
            `The secret "${ref.secretName}" has no field "${ref.key}" (placeholder {${token}}).`,
          );
        used.secret = true;
      } else {
        value = own(src.inputs, token);
        // An input left empty is not filled in (a request with a hole in its path or body is not meant).
        if (value === undefined || value === "") {
          throw new ValidationError(`Fill in {${token}} to run this command.`, { [`inputs.${token}`]: ["Required."] });
        }
      }
      return encode ? encodeURIComponent(value) : value;
    });
}

/** An object or array in JSON text (what a JSON API expects; a bare number or string is not meant as JSON). */
export function isJsonDocument(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith("{") && !t.startsWith("[")) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

export function buildRequest(
  cmd: { endpoint: string; body: string | null; method: string },
  headers: StoredHeader[],
  src: RunSources,
): BuiltRequest {
  const inUrl = filler(src, true);
  const inText = filler(src, false);
  const out: Record<string, string> = {};
  const sensitive = [...src.secretHeaders.keys()];
  for (const h of headers) {
    const used = { secret: false };
    const value = h.kind === "text" ? inText(h.value, used) : src.secretHeaders.get(h.key);
    if (used.secret) sensitive.push(h.key);
    if (value === undefined) continue;
    if (/[\r\n\0]/.test(value))
      throw new ValidationError(`The value of header ${h.key} contains a line break after filling its placeholders.`);
    out[h.key] = value;
  }
  // Some APIs (GitHub's, for one) refuse requests without a User-Agent.
  if (!Object.keys(out).some((k) => k.toLowerCase() === "user-agent")) out["User-Agent"] = USER_AGENT;
  const inBody = { secret: false };
  const body = cmd.body ? inText(cmd.body, inBody) : undefined;
  // A JSON body is announced as such, unless the command sets its own Content-Type.
  if (body !== undefined && isJsonDocument(body) && !Object.keys(out).some((k) => k.toLowerCase() === "content-type")) {
    out["Content-Type"] = "application/json";
  }
  return { url: inUrl(cmd.endpoint), headers: out, body, sensitiveHeaders: sensitive, sensitiveBody: inBody.secret };
}
