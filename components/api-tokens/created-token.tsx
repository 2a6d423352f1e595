"use client";
// The new token, shown once: a copy button and the warning that it will not be shown again.
import { useState } from "react";
import { Button } from "@/components/ui";
import type { CreatedToken } from "./types";

export function CreatedTokenNotice({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(created.token).catch(() => undefined);
    setCopied(true);
  }
  return (
    <div className="space-y-4">
      <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Copy this token now and keep it somewhere safe. It will not be shown again.
      </p>
      <label htmlFor="created-token" className="block text-sm font-medium text-zinc-800">
        API token “{created.name}”
      </label>
      <div className="flex gap-2">
        <input
          id="created-token"
          readOnly
          value={created.token}
          onFocus={(e) => e.currentTarget.select()}
          className="h-9 w-full rounded-md border border-zinc-300 bg-zinc-50 px-3 font-mono text-xs"
        />
        <Button variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <div className="flex justify-end border-t border-zinc-100 pt-4">
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
