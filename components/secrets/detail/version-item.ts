/** One row of the version history as the browser receives it (metadata only, never a value). */
export type VersionItem = {
  environmentId: string;
  environmentName: string;
  version: number;
  /** To the minute: "2026-12-06 14:03 UTC". */
  createdAt: string;
  /** Who wrote it; null for a machine client or a removed user. */
  author: string | null;
  destroyed: boolean;
  current: boolean;
};
