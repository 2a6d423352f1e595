"use client";

import { Button } from "@/components/ui";

// Unexpected errors: a generic message only (in production Next.js already replaces the
// message of server errors; the digest matches the server log).
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg border border-zinc-200 bg-white p-8 text-center shadow-sm">
      <h1 className="text-xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="mt-2 text-sm text-zinc-600">
        This page could not be shown. Try again; if the problem persists, contact your administrator.
      </p>
      {digest && <p className="mt-2 font-mono text-xs text-zinc-500">Reference: {digest}</p>}
      <Button className="mt-6" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
