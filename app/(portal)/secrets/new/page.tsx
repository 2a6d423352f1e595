import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { secretStorageChoices } from "@/lib/authz";
import { listEnvironments } from "@/lib/environments";
import { listSpots } from "@/lib/groups";
import { PageHeader } from "@/components/ui";
import { RegisterSecretWizard } from "@/components/secrets/wizard/register-secret-wizard";
import {
  checkCertificateKeyAction,
  checkSecretNameAction,
  inspectCertificateAction,
  registerSecretAction,
} from "../actions/register";

export const metadata: Metadata = { title: "Register secret" };

export default async function RegisterSecretPage() {
  const { org, role, workspaces, workspace } = await getPortalContext();
  const [environments, spots] = await Promise.all([listEnvironments(org.id), listSpots(org.id)]);
  return (
    <>
      <PageHeader
        title="Register secret"
        description="Choose where the secret is stored, enter its credential, review, and register it."
      />
      <RegisterSecretWizard
        orgId={org.id}
        environments={environments.map((e) => ({ id: e.id, name: e.name }))}
        storage={{ ...secretStorageChoices(role, workspaces), spots, currentWorkspaceId: workspace?.id }}
        actions={{
          register: registerSecretAction,
          checkName: checkSecretNameAction,
          inspectCertificate: inspectCertificateAction,
          checkCertificateKey: checkCertificateKeyAction,
        }}
      />
    </>
  );
}
