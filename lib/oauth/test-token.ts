// The "Test" action of a Client Credentials secret: fetch a fresh token for one environment
// and report its type, scopes and expiry — never the token. The use is authorized, checked
// and audited by resolveSecret like any other use; the test's outcome is audited too.
import "server-only";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { authorizeSecret, secretAuditEvent, type Actor } from "../authz/index.ts";
import { isAppError, ValidationError } from "../errors/index.ts";
import { resolveSecret } from "../secrets/index.ts";
import type { GuardedOptions } from "../egress/index.ts";
import { clientCredentialsOf, getAccessToken } from "./access-token.ts";

export type TokenTestResult = {
  environmentName: string;
  tokenType: string;
  scopes: string[];
  /** ISO time, or null when the server gave no `expires_in`. */
  expiresAt: string | null;
};

export async function testClientCredentials(
  actor: Actor,
  secretId: string,
  environmentId: string,
  opts: { request?: RequestInfo | null; egress?: GuardedOptions } = {},
): Promise<TokenTestResult> {
  const facts = await authorizeSecret(actor, secretId, "use", opts.request);
  const resolved = await resolveSecret(actor, secretId, environmentId, {
    request: opts.request,
    consumer: { kind: "TEST", name: "Test" },
  });
  if (resolved.secret.type !== "CLIENT_CREDENTIALS")
    throw new ValidationError(`The secret "${facts.name}" is not a Client Credentials secret.`);
  const audit = (outcome: "SUCCESS" | "FAILURE", detail: Record<string, unknown>) =>
    recordAudit(
      secretAuditEvent(actor, facts, "secret.token_test", { outcome, environmentId, detail, request: opts.request }),
    );
  try {
    const token = await getAccessToken({ secretId, environmentId }, clientCredentialsOf(resolved.fields), {
      fresh: true,
      egress: opts.egress,
    });
    await audit("SUCCESS", { tokenType: token.tokenType });
    return {
      environmentName: resolved.environment.name,
      tokenType: token.tokenType,
      scopes: token.scope ? token.scope.split(/\s+/).filter(Boolean) : [],
      expiresAt: token.expiresAt?.toISOString() ?? null,
    };
  } catch (e) {
    await audit("FAILURE", { reason: isAppError(e) ? e.code : "error" });
    throw e;
  }
}
