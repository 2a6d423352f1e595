"use client";
// The "Test" action of a Client Credentials secret (PRODUCT.md §5 rule 6): the server fetches a
// fresh access token for the chosen environment and shows its type, scopes and expiry — never
// the token. Mount on the secret's page with the server action from
// app/(portal)/quick-commands/oauth-test-action.ts.
import { useId, useState } from "react";
import { Button, Label, Select } from "@/components/ui";
import type { TokenTestAction } from "./action-types.ts";

type Result = { environmentName: string; tokenType: string; scopes: string[]; expiresAt: string | null };

export function OAuthTestButton({
  secretId,
  environments,
  test,
}: {
  secretId: string;
  environments: { id: string; name: string }[];
  test: TokenTestAction;
}) {
  const id = useId();
  const [environmentId, setEnvironmentId] = useState(environments[0]?.id ?? "");
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onTest() {
    setPending(true);
    setError(null);
    const r = await test({ secretId, environmentId });
    setPending(false);
    if (r.ok) {
      setResult(r.data);
    } else {
      setResult(null);
      setError(r.error);
    }
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <Label htmlFor={`${id}-env`}>Environment</Label>
          <Select
            id={`${id}-env`}
            value={environmentId}
            onChange={(e) => setEnvironmentId(e.target.value)}
            className="w-48"
          >
            {environments.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Select>
        </div>
        <Button variant="secondary" pending={pending} disabled={!environmentId} onClick={onTest}>
          Test
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {result && (
        <dl role="status" aria-label="Token test result" className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-zinc-500">Result</dt>
          <dd className="text-emerald-700">Access token received ({result.environmentName})</dd>
          <dt className="text-zinc-500">Token type</dt>
          <dd>{result.tokenType}</dd>
          <dt className="text-zinc-500">Scopes</dt>
          <dd>{result.scopes.length ? result.scopes.join(" ") : "(none granted)"}</dd>
          <dt className="text-zinc-500">Expires</dt>
          <dd>{result.expiresAt ? new Date(result.expiresAt).toLocaleString() : "No expiry given by the server"}</dd>
        </dl>
      )}
    </div>
  );
}
