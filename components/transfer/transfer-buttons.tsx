"use client";
// The Secrets Manager's bulk paths: Import, Export and the Value matrix (mounted in its header).
import Link from "next/link";
import { buttonClasses } from "@/components/ui";
import { ExportDialog } from "./export-dialog";
import { ImportDialog } from "./import-dialog";
import type { TransferActions } from "./transfer-types";

export function TransferButtons({
  orgId,
  actions,
  currentWorkspaceId,
}: {
  orgId: string;
  actions: TransferActions;
  currentWorkspaceId?: string | null;
}) {
  return (
    <>
      <Link href="/secrets/matrix" className={buttonClasses("secondary")}>
        Value matrix
      </Link>
      <ImportDialog orgId={orgId} actions={actions} currentWorkspaceId={currentWorkspaceId} />
      <ExportDialog orgId={orgId} actions={actions} currentWorkspaceId={currentWorkspaceId} />
    </>
  );
}
