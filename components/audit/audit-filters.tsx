// The Audit log filters: a plain GET form, so every filter lives in the URL and works without
// JavaScript. Presentational: the page passes the choices.
import Link from "next/link";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/actions";
import { Button, Input, Label, Select, buttonClasses } from "@/components/ui";

export type AuditFilterValues = { secretId?: string; actor?: string; action?: string; outcome?: string; from?: string; to?: string };

type Props = {
  values: AuditFilterValues;
  secrets: { id: string; name: string }[];
  actors: { value: string; label: string }[];
  exportHref: string;
};

export function AuditFilters({ values, secrets, actors, exportHref }: Props) {
  return (
    <form method="get" action="/audit" className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6">
      <div>
        <Label htmlFor="f-secret">Secret</Label>
        <Select id="f-secret" name="secretId" defaultValue={values.secretId ?? ""}>
          <option value="">All secrets</option>
          {secrets.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </Select>
      </div>
      <div>
        <Label htmlFor="f-actor">Actor</Label>
        <Select id="f-actor" name="actor" defaultValue={values.actor ?? ""}>
          <option value="">Everyone</option>
          {actors.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}
        </Select>
      </div>
      <div>
        <Label htmlFor="f-action">Action</Label>
        <Select id="f-action" name="action" defaultValue={values.action ?? ""}>
          <option value="">All actions</option>
          {Object.entries(AUDIT_ACTION_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </Select>
      </div>
      <div>
        <Label htmlFor="f-outcome">Outcome</Label>
        <Select id="f-outcome" name="outcome" defaultValue={values.outcome ?? ""}>
          <option value="">Any outcome</option>
          <option value="SUCCESS">Success</option>
          <option value="DENIED">Denied</option>
          <option value="FAILURE">Failure</option>
        </Select>
      </div>
      <div>
        <Label htmlFor="f-from">From</Label>
        <Input id="f-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </div>
      <div>
        <Label htmlFor="f-to">To</Label>
        <Input id="f-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit">Apply filters</Button>
        <Link href="/audit" className={buttonClasses("ghost")}>Clear</Link>
        <a href={exportHref} className={buttonClasses("secondary", "md", "ml-auto")} download>
          Export CSV
        </a>
      </div>
    </form>
  );
}
