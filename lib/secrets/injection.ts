// What a consumer receives from a resolved secret: the HTTP headers to inject for the
// header-based types, and the typed fields for every type. Both maps have no prototype, so
// that Key/Value keys such as `__proto__`, `constructor` or `toString` are ordinary keys:
// assigned as own properties (never the prototype) and never found on Object.prototype.
export type InjectionResult = { headers: Record<string, string>; fields: Record<string, string> };

const str = (v: unknown) => (v == null ? "" : String(v));

/** An empty map without a prototype (JSON.stringify, Object.entries and spreading see every key). */
export function stringMap(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

export function buildInjection(
  type: string,
  metadata: Record<string, unknown>,
  payload: Record<string, unknown>,
): InjectionResult {
  const fields = stringMap();
  for (const [k, v] of Object.entries(metadata))
    if (k !== "type" && v != null && typeof v !== "object") fields[k] = str(v);
  if (type === "KEY_VALUE") {
    for (const pair of (payload.pairs as { key: string; value: string }[] | undefined) ?? [])
      fields[pair.key] = pair.value;
  } else {
    for (const [k, v] of Object.entries(payload)) if (v != null) fields[k] = str(v);
  }
  const headers = stringMap();
  switch (type) {
    case "API_KEY":
      headers[str(metadata.headerName)] = str(payload.value);
      break;
    case "BEARER_TOKEN":
      headers[str(metadata.headerName) || "Authorization"] = `Bearer ${str(payload.token)}`;
      break;
    case "BASIC_AUTH":
      headers.Authorization = `Basic ${Buffer.from(`${str(metadata.username)}:${str(payload.password)}`, "utf8").toString("base64")}`;
      break;
  }
  return { headers, fields };
}
