"use client";
// A file field: a native file input (keyboard and screen-reader friendly) inside a zone that
// also accepts a dropped file. `onFile` reads it; the chosen file name is shown.
import { useState, type DragEvent } from "react";
import { cn } from "@/components/ui";
import type { ControlProps } from "./form-field.tsx";

export function FileDrop({
  control,
  accept,
  onFile,
  loadedName,
}: {
  control: ControlProps;
  accept?: string;
  onFile: (file: File) => void | Promise<void>;
  loadedName?: string | null;
}) {
  const [over, setOver] = useState(false);
  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void onFile(file);
  }
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={cn("rounded-md border border-dashed px-3 py-3", over ? "border-brand-600 bg-brand-50" : "border-zinc-300 bg-zinc-50")}
    >
      <input
        {...control}
        type="file"
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void onFile(file);
        }}
        className="block w-full text-sm text-zinc-700 file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-zinc-800 hover:file:bg-zinc-50"
      />
      <p className="mt-1 text-xs text-zinc-500">
        {loadedName ? `Loaded: ${loadedName}` : `Choose a file or drop it here${accept ? ` (${accept.split(",").filter((a) => a.startsWith(".")).join(", ")})` : ""}.`}
      </p>
    </div>
  );
}
