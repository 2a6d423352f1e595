"use client";
// Run a command: choose the Environment whose secret values are used, fill in the run-time
// inputs, Run. The request is made by the server; the browser gets the redacted result.
import { useId, useState } from "react";
import { Alert, Button, Card, CardContent, CardHeader, CardTitle, Input, Label, Select } from "@/components/ui";
import type { RunResult } from "@/lib/quick-commands/views";
import type { RunCommandAction } from "./action-types.ts";
import { RunResultView } from "./run-result.tsx";

type Props = {
  commandId: string;
  environments: { id: string; name: string }[];
  inputs: string[];
  run: RunCommandAction;
  blocked?: string | null;
};

export function RunPanel({ commandId, environments, inputs, run, blocked }: Props) {
  const id = useId();
  const [environmentId, setEnvironmentId] = useState(environments[0]?.id ?? "");
  const [values, setValues] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<RunResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onRun(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const r = await run({ commandId, environmentId, inputs: values });
    setPending(false);
    if (r.ok) {
      setResult(r.data);
    } else {
      setResult(null);
      setError(r.error);
    }
  }

  return (
    <Card id="run">
      <CardHeader>
        <CardTitle>Run</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={onRun} className="grid gap-4">
          <div className="grid gap-4 sm:grid-cols-3">
            <div>
              <Label htmlFor={`${id}-env`}>Environment</Label>
              <Select id={`${id}-env`} value={environmentId} onChange={(e) => setEnvironmentId(e.target.value)}>
                {environments.map((env) => (
                  <option key={env.id} value={env.id}>
                    {env.name}
                  </option>
                ))}
              </Select>
            </div>
            {inputs.map((name) => (
              <div key={name}>
                <Label htmlFor={`${id}-in-${name}`}>{name}</Label>
                <Input
                  id={`${id}-in-${name}`}
                  value={values[name] ?? ""}
                  onChange={(e) => setValues({ ...values, [name]: e.target.value })}
                />
              </div>
            ))}
          </div>
          {blocked && <p className="text-sm text-amber-800">{blocked}</p>}
          <div>
            <Button type="submit" pending={pending} disabled={!environmentId}>
              Run
            </Button>
          </div>
        </form>
        {error && <Alert>{error}</Alert>}
        {result && <RunResultView result={result} />}
      </CardContent>
    </Card>
  );
}
