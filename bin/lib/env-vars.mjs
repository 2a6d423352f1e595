// A resolved secret → environment variables. Key/Value pairs keep their keys; every other type
// gives NAME_FIELD in upper snake case (stripe_api_key + value → STRIPE_API_KEY_VALUE,
// headerName → STRIPE_API_KEY_HEADER_NAME). Names a shell cannot hold are skipped.

const VALID = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function upperSnake(s) {
  return s
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
}

function entries(resolved) {
  const { secret, fields } = resolved;
  if (secret.type === "KEY_VALUE") return Object.entries(fields);
  return Object.entries(fields).map(([k, v]) => [`${upperSnake(secret.name)}_${upperSnake(k)}`, v]);
}

export function envVarsFor(resolved) {
  return Object.fromEntries(entries(resolved).filter(([k]) => VALID.test(k)));
}

envVarsFor.skipped = (resolved) =>
  entries(resolved)
    .filter(([k]) => !VALID.test(k))
    .map(([k]) => `skipped "${k}" of ${resolved.secret.name}: not a valid environment variable name`);
