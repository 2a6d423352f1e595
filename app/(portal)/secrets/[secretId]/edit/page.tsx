import type { Metadata } from "next";
import { listSpots } from "@/lib/groups";
import { listUsages } from "@/lib/usage";
import { Card, CardContent, PageHeader } from "@/components/ui";
import { EditSecretForm } from "@/components/secrets/edit/edit-secret-form";
import { certificateDetailsOf, toEditValues } from "@/components/secrets/edit/to-edit-values";
import { credentialTypeLabel, formatDay } from "@/components/secrets/format";
import { WhereUsedPanel } from "@/components/secrets/where-used/where-used-panel";
import { toUsageItem } from "@/components/secrets/where-used/usage-item";
import { updateSecretAction } from "../../actions/change";
import { checkCertificateKeyAction, inspectCertificateAction } from "../../actions/register";
import { listSecretUsagesAction } from "../../actions/usages";
import { loadEditableSecret } from "../load-secret";

type Props = { params: Promise<{ secretId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { secret } = await loadEditableSecret((await params).secretId);
  return { title: `Edit ${secret.name}` };
}

export default async function EditSecretPage({ params }: Props) {
  const { actor, secret } = await loadEditableSecret((await params).secretId);
  const [usages, spots] = await Promise.all([
    listUsages(actor, secret.id),
    secret.scope === "ORGANIZATION" ? listSpots(secret.orgId) : [],
  ]);
  return (
    <>
      <PageHeader
        title={`Edit ${secret.name}`}
        description="Change the description, availability, fields or values. Values you leave blank stay as they are."
      />
      <Card className="mb-6">
        <CardContent>
          <p className="mb-3 text-sm text-zinc-600">
            Changes apply to every consumer below the next time it uses the secret.
          </p>
          <WhereUsedPanel secretId={secret.id} listUsages={listSecretUsagesAction} initial={usages.map(toUsageItem)} />
        </CardContent>
      </Card>
      <EditSecretForm
        name={secret.name}
        typeLabel={credentialTypeLabel(secret.type)}
        initial={toEditValues(secret)}
        environments={secret.environments.map((e) => ({
          id: e.environmentId,
          name: e.environmentName,
          status: e.isSet ? `Set — version ${e.version}, last changed ${formatDay(e.changedAt) ?? "—"}` : "Not set",
        }))}
        spots={spots}
        certificate={certificateDetailsOf(secret)}
        actions={{
          update: updateSecretAction,
          inspectCertificate: inspectCertificateAction,
          checkCertificateKey: checkCertificateKeyAction,
        }}
      />
    </>
  );
}
