// Running a command on the server (PRODUCT.md §5 rule 5): resolve each secret as the person
// running it, fetch OAuth tokens, fill placeholders, send through the egress guard (timeout,
// size limit, checked redirects), then redact every injected secret from the response. The
// result never contains a value; the run is audited as "command.run" (no values, host only).
// A run refused before sending (an empty placeholder, a header that cannot be built) uses no
// secret: the uses are committed only once the request is complete and about to go out.
import "server-only";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import type { UserActor } from "../../authz/index.ts";
import { guardedFetch, type GuardedOptions } from "../../egress/index.ts";
import { isAppError, NotFoundError, ValidationError } from "../../errors/index.ts";
import { authorizeCommand, commandAudit } from "../load.ts";
import { isSecretHeader, needsSecret, parseStoredHeaders } from "../stored-headers.ts";
import { buildRequest } from "./build-request.ts";
import { prepareInjection } from "./inject.ts";
import { redact, type Redactor } from "../redact.ts";
import { toRunResult, type RunResult } from "./result.ts";

export type RunOptions = { request?: RequestInfo | null; egress?: GuardedOptions };

export async function runCommand(
  actor: UserActor,
  commandId: string,
  input: { environmentId: string; inputs?: Record<string, string> },
  opts: RunOptions = {},
): Promise<RunResult> {
  const command = await authorizeCommand(actor, commandId, "run", opts.request);
  const environment = await db.environment.findFirst({
    where: { id: input.environmentId, orgId: command.orgId },
    select: { id: true, name: true },
  });
  if (!environment) throw new NotFoundError("Environment not found.");
  const headers = parseStoredHeaders(command.headers);
  const pending = headers.find(needsSecret);
  if (pending)
    throw new ValidationError(
      `The header ${pending.key} needs a secret: edit the command and choose one with the Secret button.`,
    );
  const audit = (outcome: "SUCCESS" | "FAILURE", detail: Record<string, unknown>) =>
    recordAudit(
      commandAudit(actor, command, "command.run", {
        outcome,
        environmentId: environment.id,
        detail: { method: command.method, ...detail },
        request: opts.request,
      }),
    );
  let host: string | undefined;
  try {
    const inputs = input.inputs ?? {};
    const secretHeaders = headers.filter(isSecretHeader);
    const injectOpts = { ...opts, commandName: command.name };
    const prepared = await prepareInjection(actor, secretHeaders, environment.id, injectOpts);
    // Everything but the access tokens is known: a request that cannot be built fails here.
    buildRequest(command, headers, { inputs, fields: prepared.fields, secretHeaders: prepared.secretHeaders });
    const injected = await prepared.commit();
    const built = buildRequest(command, headers, { inputs, ...injected });
    host = safeHost(built.url, injected.redact);
    const response = await guardedFetch({ method: command.method, ...built }, opts.egress);
    const result = toRunResult(response, injected.redact, environment.name);
    await audit("SUCCESS", {
      host,
      status: response.status,
      durationMs: response.durationMs,
      redirects: response.redirects,
    });
    return result;
  } catch (e) {
    await audit("FAILURE", { host, reason: isAppError(e) ? e.code : "error" });
    throw e;
  }
}

function safeHost(url: string, redactor: Redactor): string | undefined {
  try {
    return redact(new URL(url).host, redactor);
  } catch {
    return undefined;
  }
}
