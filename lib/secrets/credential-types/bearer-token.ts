// Bearer Token: sent as `<Header name>: Bearer <token>` (RFC 6750).
import { z } from "zod";
import { defineCredentialType, metadataField, secretField } from "./define.ts";
import { headerName, headerValue } from "./fields.ts";

export const DEFAULT_BEARER_HEADER = "Authorization";

const metadataShape = { headerName: headerName(DEFAULT_BEARER_HEADER) };

export const bearerToken = defineCredentialType({
  type: "BEARER_TOKEN",
  label: "Bearer Token",
  description: "A token sent as Bearer <token>, in the Authorization header by default.",
  metadataFields: [metadataField("headerName", "Header name", { defaultValue: DEFAULT_BEARER_HEADER })],
  secretFields: [secretField("token", "Token", { help: "Without the Bearer prefix." })],
  metadataShape,
  inputShape: metadataShape,
  payloadSchema: z.object({
    token: headerValue("Token").refine(
      (v) => !/^bearer\s/i.test(v),
      "Enter the token without the 'Bearer ' prefix; it is added when the token is sent.",
    ),
  }),
});
