"use client";
import { useRef } from "react";
import { Button } from "@/components/ui";

/** "Load from file": fills a text field from a chosen file (the hidden file input is not a tab stop). */
export function FileLoadButton({
  accept,
  onFile,
  className = "mt-1",
}: {
  accept: string;
  onFile: (file: File) => void;
  className?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={className}>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = "";
        }}
      />
      <Button variant="secondary" size="sm" onClick={() => input.current?.click()}>
        Load from file
      </Button>
    </div>
  );
}
