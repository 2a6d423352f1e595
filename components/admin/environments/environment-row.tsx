"use client";
import { Button } from "@/components/ui";
import { SLUG_ADVICE } from "@/lib/environments/schema";
import { ConfirmButton } from "../confirm-button";
import { FormDialog } from "../form-dialog";
import { useRunAction } from "../use-run-action";
import { RefusalMessage } from "../refusal-message";
import type { EnvironmentActions, EnvironmentView } from "./types";

type Props = { env: EnvironmentView; first: boolean; last: boolean; actions: EnvironmentActions };

export function EnvironmentRow({ env: e, first, last, actions }: Props) {
  const { pending, refusal, run } = useRunAction();
  const move = (direction: "up" | "down") =>
    run(() => actions.move({ environmentId: e.id, direction }), { success: `${e.name} moved ${direction}.` });
  return (
    <tr>
      <td className="px-3 py-2 font-medium text-zinc-900">{e.name}</td>
      <td className="px-3 py-2 font-mono text-xs">{e.slug}</td>
      <td className="px-3 py-2">{e.secrets}</td>
      <td className="px-3 py-2">
        <div className="flex flex-wrap justify-end gap-2">
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Move ${e.name} up`}
            disabled={first || pending}
            onClick={() => move("up")}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Move ${e.name} down`}
            disabled={last || pending}
            onClick={() => move("down")}
          >
            ↓
          </Button>
          <FormDialog
            label="Rename"
            ariaLabel={`Rename ${e.name}`}
            title={`Rename ${e.name}`}
            description="Machine clients name environments by their slug: changing it breaks clients that use the old one."
            defaults={{ environmentId: e.id, name: e.name, slug: e.slug }}
            fields={[
              { name: "name", label: "Name", autoFocus: true },
              { name: "slug", label: "Slug", hint: SLUG_ADVICE },
            ]}
            submitLabel="Save changes"
            action={actions.rename}
            success="Environment renamed."
          />
          <ConfirmButton
            label="Delete"
            ariaLabel={`Delete ${e.name}`}
            title={`Delete the environment ${e.name}?`}
            description="An environment that still holds values cannot be deleted; you are told how many."
            confirmLabel="Delete environment"
            success={`The environment ${e.name} was deleted.`}
            call={() => actions.remove({ environmentId: e.id })}
          />
        </div>
        <RefusalMessage refusal={refusal} />
      </td>
    </tr>
  );
}
