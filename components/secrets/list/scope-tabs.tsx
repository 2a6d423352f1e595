import { LinkTabs } from "@/components/ui";
import { SCOPES, SCOPE_LABELS } from "@/lib/domain/constants";
import { scopeTabHref, type ListParams } from "./list-url.ts";

/** All / Organization / Workspace / Personal: the storage location filter as tabs. */
export function ScopeTabs({ params }: { params: ListParams }) {
  const tabs = [
    { href: scopeTabHref(params, undefined), label: "All", selected: !params.scope },
    ...SCOPES.map((scope) => ({
      href: scopeTabHref(params, scope),
      label: SCOPE_LABELS[scope],
      selected: params.scope === scope,
    })),
  ];
  return <LinkTabs label="Storage location" tabs={tabs} />;
}
