// API Key: a value sent in a header of the user's choice.
import { z } from "zod";
import { defineCredentialType, metadataField, secretField } from "./define.ts";
import { headerName, headerValue } from "./fields.ts";

const metadataShape = { headerName: headerName() };

export const apiKey = defineCredentialType({
  type: "API_KEY",
  label: "API Key",
  description: "A key sent in a request header, e.g. X-API-Key.",
  metadataFields: [metadataField("headerName", "Header name", { placeholder: "X-API-Key" })],
  secretFields: [secretField("value", "Value")],
  metadataShape,
  inputShape: metadataShape,
  payloadSchema: z.object({ value: headerValue("Value") }),
});
