"use server";
// The "Test" action of a Client Credentials secret (components/quick-commands/oauth-test-button.tsx):
// the actor comes from the secret's organization, derived on the server from the secret id.
import { z } from "zod";
import { secretAction } from "@/lib/authz";
import { testClientCredentials } from "@/lib/oauth";

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

const schema = z.object({ secretId: id, environmentId: id });

export const testClientCredentialsAction = secretAction(schema, async (input, { actor, request }) => {
  return testClientCredentials(actor, input.secretId, input.environmentId, { request });
});
