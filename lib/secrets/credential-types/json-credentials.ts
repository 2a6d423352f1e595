// JSON Credentials: a whole JSON document is the secret, e.g. a service-account file.
import { z } from "zod";
import { jsonSyntaxError } from "../parsers/json-syntax.ts";
import { defineCredentialType, secretField } from "./define.ts";
import { problemCheck, secretText } from "./fields.ts";

/** Why `document` is not a JSON object, or null. The message never quotes the document. */
export function jsonDocumentProblem(document: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    const error = jsonSyntaxError(document);
    return error
      ? `JSON document is not valid JSON: line ${error.line}, column ${error.column}: ${error.reason}.`
      : "JSON document is not valid JSON.";
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return "JSON document must be a JSON object ({ … }), not an array, string, number or null.";
  }
  return null;
}

export const jsonCredentials = defineCredentialType({
  type: "JSON_CREDENTIALS",
  label: "JSON Credentials",
  description: "A JSON document, e.g. a Google service-account key file.",
  metadataFields: [],
  secretFields: [secretField("document", "JSON document", { kind: "textarea", accept: ".json,application/json" })],
  metadataShape: {},
  inputShape: {},
  payloadSchema: z.object({
    document: secretText("JSON document")
      .transform((v) => v.replace(/^\uFEFF/, ""))
      .superRefine(problemCheck(jsonDocumentProblem)),
  }),
});
