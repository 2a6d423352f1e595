// The secret strings of a resolved secret, for redaction: its secret fields (per credential
// type, JSON members included) and the header values built from them.
import {
  CREDENTIAL_TYPES,
  isCredentialType,
  secretFieldValues,
  type SecretPayload,
} from "../../secrets/credential-types/index.ts";
import type { ResolvedSecret } from "../../secrets/index.ts";
import { stringMap } from "../../secrets/injection.ts";

export function secretStrings(r: ResolvedSecret): string[] {
  const out = Object.values(r.headers);
  const type = r.secret.type;
  if (!isCredentialType(type)) return [...out, ...Object.values(r.fields)];
  let payload: Record<string, unknown>;
  if (type === "KEY_VALUE") {
    payload = { pairs: Object.entries(r.fields).map(([key, value]) => ({ key, value })) };
  } else {
    payload = Object.fromEntries(CREDENTIAL_TYPES[type].secretFields.map((f) => [f.key, r.fields[f.key]]));
  }
  out.push(...secretFieldValues(type, payload as SecretPayload));
  // Basic Auth: the base64 of "username:password" is in the header value already; add it bare.
  for (const v of Object.values(r.headers)) {
    const m = /^(?:Basic|Bearer) (.+)$/.exec(v);
    if (m) out.push(m[1]!);
  }
  return out;
}

/** Fields a placeholder `{secret_name.KEY}` can read: Key/Value pairs, JSON members, named fields. */
export function placeholderFields(r: ResolvedSecret): Record<string, string> {
  const fields = Object.assign(stringMap(), r.fields);
  if (r.secret.type === "JSON_CREDENTIALS" && r.fields.document) {
    try {
      const doc = JSON.parse(r.fields.document) as Record<string, unknown>;
      for (const [k, v] of Object.entries(doc))
        if (["string", "number", "boolean"].includes(typeof v)) fields[k] = String(v);
    } catch {
      // validated on registration; nothing to add
    }
  }
  return fields;
}
