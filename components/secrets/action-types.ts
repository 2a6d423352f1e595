// The server actions the Secrets Manager widgets call, as the pages pass them in (props):
// widgets stay presentational and never import from app/.
import type { ActionResult } from "@/lib/authz/action";
import type { FormSubmit } from "@/lib/authz/form-state";
import type { RegisterSecretInput, UpdateSecretInput } from "@/lib/secrets/secret-form-schema";
import type { Scope } from "@/lib/domain/constants";
import type { UsageItem } from "./where-used/usage-item.ts";

export type ServerAction<I, O> = (input: I) => Promise<ActionResult<O>>;

export type ListUsagesAction = ServerAction<{ secretId: string; q?: string }, UsageItem[]>;
/** A form action: FormData with secretId, mode ("now" | "schedule") and confirmation. */
export type DeleteSecretAction = FormSubmit<{ mode: "now" | "schedule"; deletionDueOn: string | null }>;
export type CancelDeletionAction = ServerAction<{ secretId: string }, { cancelled: boolean }>;
export type RegisterSecretAction = ServerAction<RegisterSecretInput, { id: string; name: string }>;
export type CheckSecretNameAction = ServerAction<
  { orgId: string; scope: Scope; workspaceId?: string; name: string },
  { available: boolean }
>;
export type CertificateDetails = { subject: string; issuer: string; fingerprintSha256: string; notAfter: string };
export type InspectCertificateAction = ServerAction<{ certificatePem: string }, CertificateDetails>;
export type CheckCertificateKeyAction = ServerAction<
  { certificatePem: string; privateKey: string },
  { problem: string | null }
>;
export type UpdateSecretAction = ServerAction<UpdateSecretInput, { version: number }>;
export type RollbackValueAction = ServerAction<
  { secretId: string; environmentId: string; toVersion: number; expectedVersion: number },
  { version: number }
>;

/** What the delete dialog and the row menu need. */
export type DeletionActions = {
  deleteSecret: DeleteSecretAction;
  cancelDeletion: CancelDeletionAction;
  listUsages: ListUsagesAction;
};
