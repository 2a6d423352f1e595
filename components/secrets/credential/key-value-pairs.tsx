"use client";
// Key/Value pairs of one environment: typed row by row or loaded from a .env or JSON file
// (parsed in the browser; errors name the line, never a value). A file over typed rows asks
// first: add to them or replace them.
import { useEffect, useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button, FieldError } from "@/components/ui";
import { parseDotenv } from "@/lib/secrets/parsers/dotenv";
import { parseJsonObject } from "@/lib/secrets/parsers/json-object";
import type { Pair } from "@/lib/secrets/parsers/pairs";
import { FileLoadButton } from "./file-load-button.tsx";
import { KeyValueRow } from "./key-value-row.tsx";
import { LoadPairsDialog, type PendingLoad } from "./load-pairs-dialog.tsx";
import { mergePairs, typedPairs } from "./merge-pairs.ts";
import { useFieldError } from "./form-field.tsx";
import { readFileText } from "./read-file.ts";

export function KeyValuePairs({ name, keepBlank = false }: { name: string; keepBlank?: boolean }) {
  const { control, getValues, setValue, setFocus } = useFormContext();
  const { fields, remove, replace } = useFieldArray({ control, name });
  const [focusRow, setFocusRow] = useState<number | null>(null);

  // A new row is added with setValue, not the field array's append: append validates the array
  // at once (mode onTouched), so "Key is required." showed on the row before anything was typed,
  // and went when the key was left, moving the buttons below from under the pointer.
  function addPair() {
    const rows = (getValues(name) as Pair[] | undefined) ?? [];
    setValue(name, [...rows, { key: "", value: "" }], { shouldDirty: true });
    setFocusRow(rows.length);
  }
  useEffect(() => {
    if (focusRow === null || focusRow >= fields.length) return;
    setFocus(`${name}.${focusRow}.key`);
    setFocusRow(null);
  }, [focusRow, fields.length, name, setFocus]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<PendingLoad | null>(null);
  const arrayError = useFieldError(name);

  async function load(file: File) {
    try {
      const text = await readFileText(file);
      const json = file.name.toLowerCase().endsWith(".json") || text.trimStart().startsWith("{");
      const result = json ? parseJsonObject(text) : parseDotenv(text);
      setFileErrors(result.errors.map((e) => e.message));
      if (result.pairs.length === 0) return;
      const typed = typedPairs((getValues(name) as Pair[] | undefined) ?? []);
      if (typed.length === 0) replace(result.pairs);
      else setPending({ fileName: file.name, typed, loaded: result.pairs });
    } catch (e) {
      setFileErrors([e instanceof Error ? e.message : "The file could not be read."]);
    }
  }

  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-zinc-800">Key/Value pairs</legend>
      <p className="mb-2 text-xs text-zinc-500">
        {keepBlank ? "Leave every row blank to keep the current pairs; entering pairs replaces all of them. " : ""}
        Every pair needs a Key; its Value may be left empty.
      </p>
      <div className="grid gap-2">
        {fields.map((f, index) => (
          <KeyValueRow
            key={f.id}
            base={`${name}.${index}`}
            index={index}
            onRemove={fields.length > 1 ? () => remove(index) : undefined}
          />
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
        <Button variant="secondary" size="sm" onClick={addPair}>
          Add pair
        </Button>
        <FileLoadButton accept=".env,.json,application/json,text/plain" onFile={load} className="" />
        <span className="text-xs text-zinc-500">
          A .env file or a JSON object. Over typed rows, you choose: add to them or replace them.
        </span>
      </div>
      <LoadPairsDialog
        pending={pending}
        onCancel={() => setPending(null)}
        onReplace={() => (pending && replace(pending.loaded), setPending(null))}
        onMerge={() => (pending && replace(mergePairs(pending.typed, pending.loaded)), setPending(null))}
      />
    </fieldset>
  );
}
