// Client Credentials (OAuth 2.0, RFC 6749 §4.4): the server fetches access tokens with them.
import { z } from "zod";
import { defineCredentialType, metadataField, secretField } from "./define.ts";
import { requiredText } from "../../domain/text.ts";
import { secretText } from "./fields.ts";
import { CLIENT_ID_MAX_LENGTH } from "./limits.ts";
import { scopesSchema, tokenUrlSchema } from "./network-fields.ts";

export const CLIENT_AUTH_METHODS = ["basic", "body"] as const;
export type ClientAuthMethod = (typeof CLIENT_AUTH_METHODS)[number];

const metadataShape = {
  tokenUrl: tokenUrlSchema,
  clientId: requiredText("Client ID", CLIENT_ID_MAX_LENGTH),
  scopes: scopesSchema,
  clientAuth: z
    .enum(CLIENT_AUTH_METHODS, { error: "Client authentication must be 'basic' or 'body'." })
    .default("basic"),
};

export const clientCredentials = defineCredentialType({
  type: "CLIENT_CREDENTIALS",
  label: "Client Credentials (OAuth 2.0)",
  description: "A client ID and secret exchanged for access tokens at a token URL.",
  metadataFields: [
    metadataField("tokenUrl", "Token URL", {
      kind: "url",
      placeholder: "https://auth.example.com/oauth/token",
      destination: true,
    }),
    metadataField("clientId", "Client ID"),
    metadataField("scopes", "Scopes", { required: false, help: "Separated by spaces." }),
    metadataField("clientAuth", "Client authentication", {
      kind: "select",
      defaultValue: "basic",
      options: [
        { value: "basic", label: "HTTP Basic header" },
        { value: "body", label: "In the request body" },
      ],
    }),
  ],
  secretFields: [secretField("clientSecret", "Client secret")],
  metadataShape,
  inputShape: metadataShape,
  payloadSchema: z.object({ clientSecret: secretText("Client secret") }),
});
