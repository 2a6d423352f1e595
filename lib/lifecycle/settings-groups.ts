// Organizations grouped by their lifecycle settings, so that the sweep runs one indexed query
// per distinct setting value (almost always just the defaults) rather than one per organization.
import type { LifecycleSettings } from "./settings.ts";

/** Which organizations a query covers: null = all; `in` = only these; `notIn` = all but these. */
export type OrgFilter = null | { in: string[] } | { notIn: string[] };

export type SettingsIndex = {
  defaults: LifecycleSettings;
  /** Organizations with stored settings (the others use the defaults). */
  byOrg: ReadonlyMap<string, LifecycleSettings>;
};

export function settingsFor(index: SettingsIndex, orgId: string): LifecycleSettings {
  return index.byOrg.get(orgId) ?? index.defaults;
}

/** One group per distinct key value; the group of the defaults' value also covers organizations without settings. */
export function groupBy<K extends string | number>(index: SettingsIndex, key: (s: LifecycleSettings) => K) {
  const defaultKey = key(index.defaults);
  const others = new Map<K, { settings: LifecycleSettings; orgIds: string[] }>();
  for (const [orgId, s] of index.byOrg) {
    const k = key(s);
    if (k === defaultKey) continue;
    const g = others.get(k) ?? { settings: s, orgIds: [] };
    g.orgIds.push(orgId);
    others.set(k, g);
  }
  const excluded = [...others.values()].flatMap((g) => g.orgIds);
  return [
    { key: defaultKey, settings: index.defaults, filter: (excluded.length ? { notIn: excluded } : null) as OrgFilter },
    ...[...others].map(([k, g]) => ({ key: k, settings: g.settings, filter: { in: g.orgIds } as OrgFilter })),
  ];
}

/** For each reminder day used by any organization, which organizations use it. */
export function markGroups(index: SettingsIndex, marks: (s: LifecycleSettings) => number[]) {
  const defaults = new Set(marks(index.defaults));
  const all = new Set(defaults);
  for (const s of index.byOrg.values()) for (const m of marks(s)) all.add(m);
  return [...all]
    .sort((a, b) => b - a)
    .map((mark) => {
      if (defaults.has(mark)) {
        const lacking = [...index.byOrg].filter(([, s]) => !marks(s).includes(mark)).map(([id]) => id);
        return { mark, filter: (lacking.length ? { notIn: lacking } : null) as OrgFilter };
      }
      const having = [...index.byOrg].filter(([, s]) => marks(s).includes(mark)).map(([id]) => id);
      return { mark, filter: { in: having } as OrgFilter };
    });
}

/** The filter as a Prisma where fragment on orgId. */
export function orgWhere(filter: OrgFilter): { orgId?: { in: string[] } | { notIn: string[] } } {
  return filter ? { orgId: filter } : {};
}
