"use client";
// Calls POST /transfer/import: the preview as JSON, the import as a stream of progress lines.
import type { ImportPreviewView, ImportProgressView, ImportResultView } from "./transfer-types";

type Body = { target: object; environmentId: string; format: "dotenv" | "json"; content: string };
type Failure = { ok: false; error: string };

async function post(body: Body & { mode: "preview" | "import" }): Promise<Response> {
  return fetch("/transfer/import", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function failure(res: Response): Promise<Failure> {
  try {
    const json = (await res.json()) as { error?: { message?: string; fields?: Record<string, string[]> } };
    const fields = Object.values(json.error?.fields ?? {}).flat();
    return { ok: false, error: [json.error?.message ?? "The import failed.", ...fields].join(" ") };
  } catch {
    return {
      ok: false,
      error: res.status === 401 ? "Your session has ended: sign in again." : "The import failed. Nothing was changed.",
    };
  }
}

/** A signed-out visitor is redirected to the sign-in page (HTML), not answered with JSON. */
const signedOut = (res: Response) => res.redirected || !/json/.test(res.headers.get("content-type") ?? "");
const SIGNED_OUT: Failure = { ok: false, error: "Your session has ended: sign in again. Nothing was imported." };

export async function requestPreview(body: Body): Promise<{ ok: true; data: ImportPreviewView } | Failure> {
  const res = await post({ ...body, mode: "preview" });
  if (res.ok && signedOut(res)) return SIGNED_OUT;
  return res.ok ? { ok: true, data: (await res.json()) as ImportPreviewView } : failure(res);
}

export async function runImport(
  body: Body,
  onProgress: (p: ImportProgressView) => void,
): Promise<{ ok: true; data: ImportResultView } | Failure> {
  const res = await post({ ...body, mode: "import" });
  if (res.ok && signedOut(res)) return SIGNED_OUT;
  if (!res.ok || !res.body) return failure(res);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = JSON.parse(buffer.slice(0, nl)) as { type: string } & Record<string, unknown>;
      buffer = buffer.slice(nl + 1);
      if (line.type === "progress") onProgress(line as unknown as ImportProgressView);
      if (line.type === "done") return { ok: true, data: line.result as ImportResultView };
      if (line.type === "error") return { ok: false, error: String(line.error) };
    }
  }
  return {
    ok: false,
    error: "The connection ended before the import finished. Preview again to see what was imported.",
  };
}
