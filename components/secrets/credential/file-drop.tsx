"use client";
// A file field: a native file input (keyboard and screen-reader friendly, visually replaced by
// a "Choose file" button) inside a zone that also accepts a dropped file. `onFile` reads it.
// The zone says what the field holds ("Loaded: cert.pem — certificate of CN=…"): the browser's
// own "No file chosen" would contradict it whenever the form is shown again.
import { useRef, useState, type DragEvent } from "react";
import { cn, Spinner } from "@/components/ui";
import type { ControlProps } from "./form-field.tsx";

export function FileDrop({
  control,
  accept,
  onFile,
  loaded,
  busy = false,
}: {
  control: ControlProps;
  accept?: string;
  onFile: (file: File) => void | Promise<void>;
  /** What the field holds, in words ("private key"); null when it is empty. */
  loaded?: string | null;
  /** Reading or checking the file. */
  busy?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  function take(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    void onFile(file);
  }
  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files[0]);
  }
  const types = accept
    ? accept
        .split(",")
        .filter((a) => a.startsWith("."))
        .join(", ")
    : "";
  const status = loaded
    ? `Loaded: ${fileName ? `${fileName} — ` : ""}${loaded}.`
    : `No file loaded yet. Choose a file or drop it here${types ? ` (${types})` : ""}.`;
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={cn(
        "flex flex-wrap items-center gap-3 rounded-md border border-dashed px-3 py-3",
        over ? "border-brand-600 bg-brand-50" : "border-zinc-300 bg-zinc-50",
      )}
    >
      <input
        {...control}
        ref={input}
        type="file"
        accept={accept}
        onChange={(e) => {
          take(e.target.files?.[0]);
          e.target.value = "";
        }}
        className="peer sr-only"
      />
      {/* The input above is the control (focusable, labelled by the field); this is its face for the pointer. */}
      <button
        type="button"
        tabIndex={-1}
        aria-hidden="true"
        onClick={() => input.current?.click()}
        className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 shadow-sm hover:bg-zinc-50 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600"
      >
        Choose file
      </button>
      <p
        aria-live="polite"
        className={cn("flex items-center gap-2 text-sm", loaded ? "text-zinc-800" : "text-zinc-500")}
      >
        {busy && <Spinner className="text-zinc-400" />}
        {status}
      </p>
    </div>
  );
}
