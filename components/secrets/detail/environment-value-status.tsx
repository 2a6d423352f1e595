import { Badge, Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import type { SecretView } from "./secret-view.ts";

/** Per environment: whether a value is set, its version and when it last changed — never the value. */
export function EnvironmentValueStatus({ environments }: { environments: SecretView["environments"] }) {
  return (
    <Card aria-labelledby="secret-values">
      <CardHeader>
        <CardTitle id="secret-values">Values</CardTitle>
      </CardHeader>
      <CardContent>
        <p className="mb-3 text-xs text-zinc-500">Values are write-only: Strongroom never shows them again.</p>
        <table className="w-full text-sm">
          <caption className="sr-only">Value per environment</caption>
          <thead>
            <tr className="text-left text-zinc-600">
              <th scope="col" className="py-1.5 font-medium">
                Environment
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Value
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Version
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Last changed
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {environments.map((e) => (
              <tr key={e.id}>
                <th scope="row" className="py-2 text-left font-medium text-zinc-800">
                  {e.name}
                </th>
                <td className="py-2">{e.isSet ? <Badge tone="success">Set</Badge> : <Badge>Not set</Badge>}</td>
                <td className="py-2 tabular-nums">{e.isSet && e.version ? e.version : "—"}</td>
                <td className="py-2 tabular-nums">{e.isSet ? (e.changedOn ?? "—") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
}
