// The checks a session-authenticated POST route needs that server actions get from Next.js:
// same origin (a cross-site form or fetch is refused), a JSON body of bounded size, and the zod
// schema. The signed-in user comes from the route's wrapper (sessionRoute).
import "server-only";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/authz/route";
import { isSameOrigin } from "@/lib/http/same-origin";
import type { z } from "zod";

const MAX_BODY = 9 * 1024 * 1024;

export async function readSameOriginJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  if (!isSameOrigin(req.headers)) throw new ForbiddenError("Cross-site requests are refused.");
  if (!req.headers.get("content-type")?.startsWith("application/json")) throw new ValidationError("Send JSON.");
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY)
    throw new ValidationError("The file is too large: at most 8 MB.");
  const text = await req.text();
  if (text.length > MAX_BODY) throw new ValidationError("The file is too large: at most 8 MB.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ValidationError("The request is not valid JSON.");
  }
  return parseInput(schema, body) as z.output<S>;
}
