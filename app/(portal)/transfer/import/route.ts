// POST /transfer/import — Import for the Secrets Manager (session-authenticated, same origin).
// { mode: "preview" } answers the preview as JSON (names, line numbers, counts; never values).
// { mode: "import" } streams progress as NDJSON lines ({ type: "progress", phase, done, total })
// and ends with { type: "done", result } or { type: "error", error } — the import itself is one
// transaction (lib/transfer/import-commit.ts).
import { z } from "zod";
import { requireUserActor, toActionError } from "@/lib/authz";
import { sessionRoute } from "@/lib/authz/session-route";
import { commitImport, planImport, toPreview } from "@/lib/transfer";
import { importRequestSchema } from "@/lib/transfer/schema";
import { readSameOriginJson } from "./read-request";

const bodySchema = z.intersection(importRequestSchema, z.object({ mode: z.enum(["preview", "import"]) }));

export const POST = sessionRoute(async ({ req, request, user }) => {
  const input = await readSameOriginJson(req, bodySchema);
  const actor = await requireUserActor(user, input.target.orgId);
  if (input.mode === "preview") {
    return Response.json(toPreview(await planImport(actor, input)), { headers: { "Cache-Control": "no-store" } });
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await commitImport(actor, input, {
          request,
          onProgress: (p) => send({ type: "progress", ...p }),
        });
        send({ type: "done", result });
      } catch (e) {
        const failure = toActionError(e);
        send({ type: "error", error: failure.error, code: failure.code });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
});
