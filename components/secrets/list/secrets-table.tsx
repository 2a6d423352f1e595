"use client";
// The Secrets Manager table: rows from the server (already sorted, filtered and paged), sort
// toggles that change the URL, the row menus and the dialogs they open.
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { DataTable } from "@/components/data-table/data-table";
import { useListTransition } from "@/components/data-table/list-transition";
import { useToast } from "@/components/ui";
import type { DeletionActions } from "../action-types.ts";
import { DeleteSecretDialog, type DeleteOutcome } from "../delete/delete-secret-dialog.tsx";
import { deletedMessage } from "../delete/deleted-message.ts";
import { secretColumns } from "./secret-columns.tsx";
import type { SecretListItem } from "./secret-list-item.ts";
import { nextSort, secretListHref, type ListParams } from "./list-url.ts";

export type SecretsTableProps = {
  items: SecretListItem[];
  params: ListParams;
  actions: DeletionActions;
  scheduleDeletionOn: string;
  graceDays: number;
};

export function SecretsTable({ items, params, actions, scheduleDeletionOn, graceDays }: SecretsTableProps) {
  const router = useRouter();
  const { navigate } = useListTransition();
  const toast = useToast();
  const [deleting, setDeleting] = useState<SecretListItem | null>(null);

  // The columns must keep their identity across server renders: a new cell function is a new
  // component type to React, which would remount every cell and close an open row menu. The
  // server actions arrive as new references with every render, so the handlers read them here.
  const latest = useRef({ actions, toast, router });
  useLayoutEffect(() => {
    latest.current = { actions, toast, router };
  });
  const columns = useMemo(
    () =>
      secretColumns({
        onDelete: setDeleting,
        onCancelDeletion: async (secret) => {
          const { actions, toast, router } = latest.current;
          const result = await actions.cancelDeletion({ secretId: secret.id });
          if (result.ok) toast(`Deletion of ${secret.name} cancelled. The secret is usable again.`);
          else toast(result.error, "error");
          router.refresh();
        },
      }),
    [],
  );

  function onDeleted(outcome: DeleteOutcome) {
    setDeleting(null);
    toast(deletedMessage(outcome));
    router.refresh();
  }

  return (
    <>
      <DataTable
        caption="Secrets"
        columns={columns}
        data={items}
        getRowId={(row) => row.id}
        sort={{ key: params.sort ?? "name", dir: params.dir ?? "asc" }}
        onSort={(key) => navigate(secretListHref(params, nextSort(params, key)))}
      />
      <DeleteSecretDialog
        secret={deleting}
        scheduleDeletionOn={scheduleDeletionOn}
        graceDays={graceDays}
        actions={actions}
        onClose={() => setDeleting(null)}
        onDeleted={onDeleted}
      />
    </>
  );
}
