// Key/Value: a set of pairs per environment (entered by hand or loaded from .env / JSON).
// Keys are shown on review screens; values are secret.
import { z } from "zod";
import { pairKeyProblem, quoteKey } from "../parsers/pairs.ts";
import { defineCredentialType, secretField } from "./define.ts";
import { stringOf } from "../../domain/text.ts";
import { problemCheck, secretText } from "./fields.ts";
import { describeBytes, KEY_VALUE_MAX_PAIRS, KEY_VALUE_TOTAL_MAX_BYTES, utf8Length } from "./limits.ts";

const keySchema = stringOf("Key").min(1, "Key is required.").superRefine(problemCheck(pairKeyProblem));

const pairSchema = z.object({ key: keySchema, value: secretText("Value", { allowEmpty: true }) });

const pairsSchema = z
  .array(pairSchema, { error: "Add at least one key and value." })
  .min(1, "Add at least one key and value.")
  .max(KEY_VALUE_MAX_PAIRS, `A Key/Value set can hold at most ${KEY_VALUE_MAX_PAIRS.toLocaleString("en-US")} pairs.`)
  .superRefine((pairs, ctx) => {
    const firstIndex = new Map<string, number>();
    pairs.forEach(({ key }, index) => {
      const first = firstIndex.get(key);
      if (first === undefined) firstIndex.set(key, index);
      else {
        ctx.addIssue({
          code: "custom",
          path: [index, "key"],
          message: `Key ${quoteKey(key)} appears more than once (rows ${first + 1} and ${index + 1}); keys must be unique.`,
        });
      }
    });
    const total = pairs.reduce((sum, { value }) => sum + utf8Length(value), 0);
    if (total > KEY_VALUE_TOTAL_MAX_BYTES) {
      ctx.addIssue({
        code: "custom",
        message: `The values of a Key/Value set are too large together: at most ${describeBytes(KEY_VALUE_TOTAL_MAX_BYTES)}.`,
      });
    }
  });

export const keyValue = defineCredentialType({
  type: "KEY_VALUE",
  label: "Key/Value",
  description: "One or more keys with secret values, typed in or loaded from a .env or JSON file.",
  metadataFields: [],
  secretFields: [
    secretField("pairs", "Key/Value", { kind: "pairs", accept: ".env,.json,application/json,text/plain" }),
  ],
  metadataShape: {},
  inputShape: {},
  payloadSchema: z.object({ pairs: pairsSchema }),
});
