"use client";
// Key/Value pairs of one environment: typed row by row or loaded from a .env or JSON file
// (parsed in the browser; errors name the line, never a value).
import { useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button, FieldError } from "@/components/ui";
import { parseDotenv } from "@/lib/secrets/parsers/dotenv";
import { parseJsonObject } from "@/lib/secrets/parsers/json-object";
import { FileLoadButton } from "./file-load-button.tsx";
import { KeyValueRow } from "./key-value-row.tsx";
import { useFieldError } from "./form-field.tsx";
import { readFileText } from "./read-file.ts";

export function KeyValuePairs({ name, keepBlank = false }: { name: string; keepBlank?: boolean }) {
  const { control } = useFormContext();
  const { fields, append, remove, replace } = useFieldArray({ control, name });
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const arrayError = useFieldError(name);

  async function load(file: File) {
    try {
      const text = await readFileText(file);
      const json = file.name.toLowerCase().endsWith(".json") || text.trimStart().startsWith("{");
      const result = json ? parseJsonObject(text) : parseDotenv(text);
      setFileErrors(result.errors.map((e) => e.message));
      if (result.pairs.length > 0) replace(result.pairs);
    } catch (e) {
      setFileErrors([e instanceof Error ? e.message : "The file could not be read."]);
    }
  }

  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-zinc-800">Key/Value pairs</legend>
      {keepBlank && <p className="mb-2 text-xs text-zinc-500">Leave every row blank to keep the current pairs; entering pairs replaces all of them.</p>}
      <div className="grid gap-2">
        {fields.map((f, index) => (
          <KeyValueRow key={f.id} base={`${name}.${index}`} index={index} onRemove={fields.length > 1 ? () => remove(index) : undefined} />
        ))}
      </div>
      {arrayError && <FieldError id={`${name}-error`}>{arrayError}</FieldError>}
      {fileErrors.length > 0 && (
        <ul role="alert" className="mt-2 list-disc pl-5 text-sm text-red-700">
          {fileErrors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" onClick={() => append({ key: "", value: "" })}>
          Add pair
        </Button>
        <FileLoadButton accept=".env,.json,application/json,text/plain" onFile={load} />
        <span className="text-xs text-zinc-500">A .env file or a JSON object replaces the rows above.</span>
      </div>
    </fieldset>
  );
}
