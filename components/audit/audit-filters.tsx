// The Audit log filters: a plain GET form, so every filter lives in the URL. Secret and Actor
// are search fields that ask the server for matching names (never a list of every secret).
// Presentational: the page passes the current values.
import Link from "next/link";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/actions";
import { Button, Input, Label, Select, buttonClasses } from "@/components/ui";
import { AuditSearchField } from "./audit-search-field.tsx";

export type AuditFilterValues = {
  secretId?: string;
  secret?: string;
  actor?: string;
  actorName?: string;
  action?: string;
  outcome?: string;
  from?: string;
  to?: string;
};

type Props = {
  values: AuditFilterValues;
  /** The names of the chosen secret and actor (the URL holds their ids). */
  labels: { secret: string | null; actor: string | null };
  exportHref: string;
};

export function AuditFilters({ values, labels, exportHref }: Props) {
  return (
    <form
      method="get"
      action="/audit"
      className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
    >
      <AuditSearchField
        key={`secret:${values.secretId ?? ""}:${values.secret ?? ""}:${labels.secret ?? ""}`}
        label="Secret"
        kind="secret"
        textName="secret"
        idName="secretId"
        placeholder="All secrets"
        initial={{ text: values.secretId ? (labels.secret ?? "") : (values.secret ?? ""), id: values.secretId ?? "" }}
      />
      <AuditSearchField
        key={`actor:${values.actor ?? ""}:${values.actorName ?? ""}:${labels.actor ?? ""}`}
        label="Actor"
        kind="actor"
        textName="actorName"
        idName="actor"
        placeholder="Everyone"
        initial={{ text: values.actor ? (labels.actor ?? "") : (values.actorName ?? ""), id: values.actor ?? "" }}
      />
      <div>
        <Label htmlFor="f-action">Action</Label>
        <Select id="f-action" name="action" defaultValue={values.action ?? ""}>
          <option value="">All actions</option>
          {Object.entries(AUDIT_ACTION_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
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
        <Link href="/audit" className={buttonClasses("ghost")}>
          Clear
        </Link>
        <a href={exportHref} className={buttonClasses("secondary", "md", "ml-auto")} download>
          Export CSV
        </a>
      </div>
    </form>
  );
}
