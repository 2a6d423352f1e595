// Basic Auth (RFC 7617): `Authorization: Basic base64(username:password)`.
import { z } from "zod";
import { defineCredentialType, metadataField, secretField } from "./define.ts";
import { requiredText } from "../../domain/text.ts";
import { secretText } from "./fields.ts";
import { NAME_MAX_LENGTH } from "./limits.ts";

const metadataShape = {
  username: requiredText("Username", NAME_MAX_LENGTH).refine(
    (v) => !v.includes(":"),
    "Username cannot contain ':' in Basic Auth.",
  ),
};

export const basicAuth = defineCredentialType({
  type: "BASIC_AUTH",
  label: "Basic Auth",
  description: "A username and password sent in the Authorization header.",
  metadataFields: [metadataField("username", "Username")],
  secretFields: [secretField("password", "Password")],
  metadataShape,
  inputShape: metadataShape,
  payloadSchema: z.object({ password: secretText("Password") }),
});
