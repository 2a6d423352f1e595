"use server";
// The "Test" action of a Client Credentials secret (components/quick-commands/oauth-test-button.tsx):
// the actor comes from the secret's organization, derived on the server from the secret id.
import { z } from "zod";
import { idSchema } from "@/lib/domain/id";
import { secretAction } from "@/lib/authz";
import { testClientCredentials } from "@/lib/oauth";

const schema = z.object({ secretId: idSchema, environmentId: idSchema });

export const testClientCredentialsAction = secretAction(schema, async (input, { actor, request }) => {
  return testClientCredentials(actor, input.secretId, input.environmentId, { request });
});
