import type { Metadata } from "next";
import { listAuditEvents } from "@/lib/audit/query";
import { auditActionLabel } from "@/lib/audit/actions";
import { listValueVersions } from "@/lib/secrets";
import { listUsages } from "@/lib/usage";
import { Breadcrumb, Card, CardContent, PageHeader } from "@/components/ui";
import { formatMinute } from "@/components/secrets/format";
import { EnvironmentValueStatus } from "@/components/secrets/detail/environment-value-status";
import { RecentAuditEvents } from "@/components/secrets/detail/recent-audit-events";
import { SecretFacts } from "@/components/secrets/detail/secret-facts";
import { SecretPageActions } from "@/components/secrets/detail/secret-page-actions";
import { toSecretView } from "@/components/secrets/detail/secret-view";
import { VersionHistory } from "@/components/secrets/detail/version-history";
import { StatusBadge } from "@/components/secrets/status-badge";
import { WhereUsedPanel } from "@/components/secrets/where-used/where-used-panel";
import { toUsageItem } from "@/components/secrets/where-used/usage-item";
import { rollbackValueAction } from "../../actions/change";
import { deletionActions } from "../../deletion-actions";
import { scheduleDeletionInfo } from "../../schedule-date";
import { loadSecret } from "../load-secret";
import { OAuthTestButton } from "@/components/quick-commands/oauth-test-button";
import { testClientCredentialsAction } from "../../../quick-commands/oauth-test-action";

type Props = { params: Promise<{ secretId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { secret } = await loadSecret((await params).secretId);
  return { title: secret.name };
}

export default async function SecretPage({ params }: Props) {
  const { secretId } = await params;
  const { actor, secret, at } = await loadSecret(secretId);
  const [usages, versions, audit, deletion] = await Promise.all([
    listUsages(actor, secret.id),
    listValueVersions(actor, secret.id),
    listAuditEvents(actor, { secretId: secret.id, page: 1, pageSize: 10 }),
    scheduleDeletionInfo(secret.orgId, at),
  ]);
  const view = toSecretView(secret, at);

  return (
    <>
      <Breadcrumb href="/secrets" label="Secrets Manager" />
      <PageHeader
        title={secret.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge status={secret.status} />
            <span>{view.typeLabel}</span>
            {secret.status === "SCHEDULED_FOR_DELETION" && view.deletionDueOn && (
              <span>· deleted on {view.deletionDueOn} unless cancelled</span>
            )}
          </span>
        }
        actions={<SecretPageActions secret={view} actions={deletionActions} {...deletion} />}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <SecretFacts secret={view} />
        <EnvironmentValueStatus environments={view.environments} />
        {secret.type === "CLIENT_CREDENTIALS" && secret.actions.includes("use") && (
          <Card className="lg:col-span-2">
            <CardContent>
              <h2 className="mb-1 text-base font-semibold text-zinc-900">Test</h2>
              <p className="mb-3 text-sm text-zinc-600">
                Fetch an access token from the token URL and show its type, scopes and expiry. The token itself is never
                shown.
              </p>
              <OAuthTestButton
                secretId={secret.id}
                environments={secret.environments
                  .filter((e) => e.isSet)
                  .map((e) => ({ id: e.environmentId, name: e.environmentName }))}
                test={testClientCredentialsAction}
              />
            </CardContent>
          </Card>
        )}
        <Card className="lg:col-span-2">
          <CardContent>
            <WhereUsedPanel
              secretId={secret.id}
              listUsages={deletionActions.listUsages}
              initial={usages.map(toUsageItem)}
            />
          </CardContent>
        </Card>
        <VersionHistory
          secretId={secret.id}
          secretVersion={secret.version}
          canRollback={secret.actions.includes("rollback")}
          rollback={rollbackValueAction}
          versions={versions.map((v) => ({
            environmentId: v.environmentId,
            environmentName: v.environmentName,
            version: v.version,
            createdAt: formatMinute(v.createdAt),
            author: v.createdByName,
            destroyed: v.destroyed,
            current: v.current,
          }))}
        />
        <RecentAuditEvents
          secretId={secret.id}
          events={audit.rows.map((e) => ({
            id: e.id,
            at: formatMinute(e.at),
            action: auditActionLabel(e.action),
            actor: e.actorLabel,
            outcome: e.outcome,
          }))}
        />
      </div>
    </>
  );
}
