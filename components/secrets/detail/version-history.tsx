"use client";
// Every version of each environment's value (metadata only) with "Roll back" for those
// allowed: the earlier value is written again as a new version.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge, Button, Card, CardContent, CardHeader, CardTitle, useToast } from "@/components/ui";
import type { RollbackValueAction } from "../action-types.ts";

export type VersionItem = { environmentId: string; environmentName: string; version: number; createdOn: string; destroyed: boolean; current: boolean };

export function VersionHistory({
  secretId,
  secretVersion,
  versions,
  canRollback,
  rollback,
}: {
  secretId: string;
  secretVersion: number;
  versions: VersionItem[];
  canRollback: boolean;
  rollback: RollbackValueAction;
}) {
  const router = useRouter();
  const toast = useToast();
  const [pending, setPending] = useState<string | null>(null);

  async function rollBack(v: VersionItem) {
    setPending(`${v.environmentId}:${v.version}`);
    const result = await rollback({ secretId, environmentId: v.environmentId, toVersion: v.version, expectedVersion: secretVersion });
    setPending(null);
    if (result.ok) toast(`${v.environmentName} rolled back to version ${v.version} (now version ${result.data.version}).`);
    else toast(result.error, "error");
    router.refresh();
  }

  return (
    <Card aria-labelledby="secret-version-history">
      <CardHeader>
        <CardTitle id="secret-version-history">Version history</CardTitle>
      </CardHeader>
      <CardContent>
        {versions.length === 0 ? (
          <p className="text-sm text-zinc-600">No values yet.</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Versions of the values</caption>
            <thead>
              <tr className="text-left text-zinc-600">
                <th scope="col" className="py-1.5 font-medium">Environment</th>
                <th scope="col" className="py-1.5 font-medium">Version</th>
                <th scope="col" className="py-1.5 font-medium">Created</th>
                <th scope="col" className="py-1.5">
                  <span className="sr-only">State and actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {versions.map((v) => (
                <tr key={`${v.environmentId}:${v.version}`}>
                  <td className="py-2">{v.environmentName}</td>
                  <td className="py-2 tabular-nums">{v.version}</td>
                  <td className="py-2 tabular-nums">{v.createdOn}</td>
                  <td className="py-2 text-right">
                    {v.current ? (
                      <Badge tone="accent">Current</Badge>
                    ) : v.destroyed ? (
                      <Badge>Destroyed</Badge>
                    ) : canRollback ? (
                      <Button
                        variant="secondary"
                        size="sm"
                        aria-label={`Roll back ${v.environmentName} to version ${v.version}`}
                        pending={pending === `${v.environmentId}:${v.version}`}
                        onClick={() => rollBack(v)}
                      >
                        Roll back
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardContent>
    </Card>
  );
}
