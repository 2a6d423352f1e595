// The run result the browser receives: status, response headers and body, with every injected
// secret redacted. Bodies that cannot be read as text are described, not shown.
import "server-only";
import type { GuardedResponse } from "../../egress/index.ts";
import { redact, redactTruncatedEnd, type Redactor } from "../redact.ts";
import type { RunResult } from "../views.ts";

export type { RunResult };

const BINARY = /^(image|audio|video|font)\/|^application\/(octet-stream|pdf|zip|gzip|x-protobuf|vnd\.)/i;

const size = (n: number) => (n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(n / 1024)} KiB`);

export function toRunResult(res: GuardedResponse, redactor: Redactor, environmentName: string): RunResult {
  const headers = res.headers.map(([k, v]) => [k, redact(v, redactor)] as [string, string]);
  const contentType = res.headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  let body = "";
  let bodyNote: string | null = null;
  if (res.undecodable) {
    bodyNote = "The response body uses a content encoding Strongroom cannot read, so it is not shown.";
  } else if (BINARY.test(contentType) || res.body.includes(0)) {
    bodyNote = `Binary response body (${res.body.length.toLocaleString("en-US")} bytes) not shown.`;
  } else {
    body = redact(res.body.toString("utf8"), redactor);
    if (res.truncated) {
      body = redactTruncatedEnd(body, redactor);
      bodyNote = `The response was larger than ${size(res.body.length)}; only the beginning is shown.`;
    }
  }
  return {
    status: res.status,
    statusText: redact(res.statusText, redactor),
    headers,
    body,
    bodyNote,
    truncated: res.truncated,
    redirects: res.redirects,
    durationMs: res.durationMs,
    environmentName,
  };
}
