// The values a run injects: each secret header's value (API Key, Bearer, Basic as their
// header; Client Credentials as `Bearer <access token>`; Key/Value and JSON Credentials as the
// chosen field), the fields placeholders may read, and every string to redact afterwards.
// Two steps, so that a run refused before sending is no use of its secrets: `prepareInjection`
// decrypts and checks every header; `commit` records the uses and fetches access tokens (which
// sends a Client Credentials secret to its token URL), just before the request goes out.
import "server-only";
import type { UserActor } from "../../authz/index.ts";
import type { GuardedOptions } from "../../egress/index.ts";
import { AppError } from "../../errors/index.ts";
import type { RequestInfo } from "../../audit/index.ts";
import { clientCredentialsOf, getAccessToken } from "../../oauth/index.ts";
import type { ResolvedSecret } from "../../secrets/index.ts";
import { buildRedactor, type Redactor } from "../redact.ts";
import type { SecretHeader } from "../stored-headers.ts";
import { prepareHeaderSecrets } from "./resolve-secrets.ts";
import { placeholderFields, secretStrings } from "./secret-strings.ts";

export type Injected = {
  secretHeaders: Map<string, string>;
  fields: Map<string, Record<string, string>>;
  redact: Redactor;
};

/** Fields and header values known before anything is sent (access tokens come with `commit`). */
export type PreparedInjection = Omit<Injected, "redact"> & { commit(): Promise<Injected> };

async function accessToken(r: ResolvedSecret, h: SecretHeader, environmentId: string, egress?: GuardedOptions) {
  try {
    return await getAccessToken({ secretId: r.secret.id, environmentId }, clientCredentialsOf(r.fields), { egress });
  } catch (e) {
    if (e instanceof AppError) {
      throw new AppError(
        `Could not get an access token with "${r.secret.name}" (header ${h.key}): ${e.message}`,
        e.code,
        e.status,
      );
    }
    throw e;
  }
}

export async function prepareInjection(
  actor: UserActor,
  headers: SecretHeader[],
  environmentId: string,
  opts: { request?: RequestInfo | null; egress?: GuardedOptions; commandName: string },
): Promise<PreparedInjection> {
  const prepared = await prepareHeaderSecrets(actor, headers, environmentId, opts);
  const strings: string[] = [];
  const fields = new Map<string, Record<string, string>>();
  for (const { value: r } of prepared.values()) {
    strings.push(...secretStrings(r));
    fields.set(r.secret.name, placeholderFields(r));
  }
  const secretHeaders = new Map<string, string>();
  const tokenHeaders: SecretHeader[] = [];
  for (const h of headers) {
    const r = prepared.get(h.secretId)!.value;
    if (r.secret.type === "CLIENT_CREDENTIALS") {
      tokenHeaders.push(h);
    } else if (h.field !== undefined) {
      const f = fields.get(r.secret.name);
      const value = f && Object.hasOwn(f, h.field) ? f[h.field] : undefined;
      if (value === undefined)
        throw new AppError(
          `The secret "${r.secret.name}" has no field "${h.field}" (header ${h.key}).`,
          "secret_field_missing",
          422,
        );
      secretHeaders.set(h.key, value);
    } else {
      const value = Object.values(r.headers)[0];
      if (value === undefined)
        throw new AppError(
          `The secret "${r.secret.name}" cannot be sent in a header (header ${h.key}).`,
          "secret_not_header",
          422,
        );
      secretHeaders.set(h.key, value);
    }
  }
  const commit = async (): Promise<Injected> => {
    for (const use of prepared.values()) await use.commit();
    for (const h of tokenHeaders) {
      const token = await accessToken(prepared.get(h.secretId)!.value, h, environmentId, opts.egress);
      strings.push(token.accessToken);
      secretHeaders.set(h.key, `Bearer ${token.accessToken}`);
    }
    return { secretHeaders, fields, redact: buildRedactor(strings) };
  };
  return { secretHeaders, fields, commit };
}
