// The largest body a server action call may have: a Key/Value set's values alone may total
// 1 MiB (lib/secrets/credential-types/limits.ts), plus keys and JSON. Read by next.config.mjs
// (Next's own limit) and by the proxy's guard (lib/http/action-guard.ts), which refuses larger
// bodies with 413 before Next reads them.
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
