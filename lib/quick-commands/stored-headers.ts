// The header rows as stored in QuickCommand.headers (JSON text). A secret row keeps the
// secret's id and its name (so that a run can say which secret is missing after it was
// deleted); a row whose personal secret a fork dropped is marked `needsSecret`. Never a
// value. Pure and client-safe.

export type StoredHeader =
  | { kind: "text"; key: string; value: string }
  | { kind: "secret"; key: string; secretId: string; secretName: string; field?: string }
  | { kind: "secret"; key: string; needsSecret: true; secretName?: string; field?: string };

export type SecretHeader = Extract<StoredHeader, { secretId: string }>;

export const isSecretHeader = (h: StoredHeader): h is SecretHeader =>
  h.kind === "secret" && "secretId" in h && !!h.secretId;
export const needsSecret = (h: StoredHeader) => h.kind === "secret" && !isSecretHeader(h);

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

export function parseStoredHeaders(json: string): StoredHeader[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r): StoredHeader[] => {
    if (!r || typeof r !== "object") return [];
    const o = r as Record<string, unknown>;
    const key = str(o.key);
    if (!key) return [];
    if (o.kind !== "secret") return [{ kind: "text", key, value: str(o.value) ?? "" }];
    const field = str(o.field) || undefined;
    const secretId = str(o.secretId);
    if (secretId)
      return [{ kind: "secret", key, secretId, secretName: str(o.secretName) ?? "", ...(field ? { field } : {}) }];
    const secretName = str(o.secretName);
    return [
      { kind: "secret", key, needsSecret: true, ...(secretName ? { secretName } : {}), ...(field ? { field } : {}) },
    ];
  });
}

export function serializeHeaders(rows: StoredHeader[]): string {
  return JSON.stringify(rows);
}

/** Where a secret is used in a command, as "Where used" shows it. */
export const usageLocation = (h: { key: string }) => `header ${h.key}`;
