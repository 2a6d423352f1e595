"use client";
// Every version of each environment's value (metadata only: when, by whom) with "Roll back" for
// those allowed, after a confirmation: the earlier value is written again as a new version.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge, Button, Card, CardContent, CardHeader, CardTitle, useToast } from "@/components/ui";
import type { RollbackValueAction } from "../action-types.ts";
import { RollbackDialog } from "./rollback-dialog.tsx";
import type { VersionItem } from "./version-item.ts";

export type { VersionItem };

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
  const [target, setTarget] = useState<VersionItem | null>(null);

  function onDone(version: number | null) {
    if (version !== null && target) {
      toast(`${target.environmentName} rolled back to version ${target.version} (now version ${version}).`);
      setTarget(null);
    }
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
          // On a phone the table scrolls inside the card, never the page.
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Versions of the values</caption>
              <thead>
                <tr className="text-left text-zinc-600">
                  <th scope="col" className="py-1.5 font-medium">
                    Environment
                  </th>
                  <th scope="col" className="py-1.5 font-medium">
                    Version
                  </th>
                  <th scope="col" className="py-1.5 font-medium">
                    Created
                  </th>
                  <th scope="col" className="py-1.5 font-medium">
                    By
                  </th>
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
                    <td className="py-2 tabular-nums sm:whitespace-nowrap">{v.createdAt}</td>
                    <td className="py-2">
                      {v.author ?? <span className="text-zinc-500">API token or removed user</span>}
                    </td>
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
                          onClick={() => setTarget(v)}
                        >
                          Roll back
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <RollbackDialog
          key={target ? `${target.environmentId}:${target.version}` : "none"}
          secretId={secretId}
          secretVersion={secretVersion}
          target={target}
          rollback={rollback}
          onClose={() => setTarget(null)}
          onDone={onDone}
        />
      </CardContent>
    </Card>
  );
}
