// The words of each kind of group on the Settings screens (as they were on the separate
// Workspaces and Spots screens): the one GroupsPanel renders either from these, the kind's
// nouns (lib/groups/kinds.ts).
import { GROUP_KINDS, groupIdKey } from "@/lib/groups/kinds";
import type { GroupInput, GroupKind, GroupView } from "./types";

/** The confirm button that ends a group's normal life: Archive / Restore a workspace, Delete a Spot. */
export type EndButton = {
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  success: string;
  danger: boolean;
  input: GroupInput;
};

type KindWords = {
  intro: string;
  end: (group: GroupView) => EndButton;
  placeholder: string;
  emptyHint: string;
  /** "3 secrets", "3 restricted secrets". */
  secretsNoun: string;
  noMembers: string;
  removalHint: string;
};

const WORDS: Record<GroupKind, KindWords> = {
  workspace: {
    intro:
      "A workspace is a project space with its own members. Its Admins manage its secrets; its Members use them. " +
      "Access follows membership at once.",
    end: (w) => ({
      label: w.archived ? "Restore" : "Archive",
      title: w.archived ? `Restore ${w.name}?` : `Archive ${w.name}?`,
      description: w.archived
        ? "Its members get access to its secrets and shared commands again."
        : "Its members lose access to its secrets and shared commands at once; Account Holders and Managers still " +
          "see its secrets. You can restore it later.",
      confirmLabel: w.archived ? "Restore workspace" : "Archive workspace",
      success: w.archived ? `${w.name} was restored.` : `${w.name} was archived.`,
      danger: !w.archived,
      input: { workspaceId: w.id, archived: !w.archived },
    }),
    placeholder: "e.g. Payments",
    emptyHint: "Create one for each project or team that shares secrets.",
    secretsNoun: "secret",
    noMembers: "No members yet.",
    removalHint: "They lose access to the workspace's secrets and shared commands at once.",
  },
  spot: {
    intro:
      "A Spot is a team or AI agent group. An organization secret with availability Spot can be used only by the " +
      "members of its Spots.",
    end: (s) => ({
      label: "Delete",
      title: `Delete the Spot ${s.name}?`,
      description:
        "Its members lose nothing else. A Spot that secrets are restricted to cannot be deleted; their names are " +
        "listed if so.",
      confirmLabel: "Delete Spot",
      success: `The Spot ${s.name} was deleted.`,
      danger: true,
      input: { spotId: s.id },
    }),
    placeholder: "e.g. CodeCrafters",
    emptyHint: "Create one for each team or agent group that should share restricted secrets.",
    secretsNoun: "restricted secret",
    noMembers: "No members yet: its restricted secrets are usable by no one.",
    removalHint: "They can no longer use the secrets restricted to this Spot (unless another of their Spots has them).",
  },
};

/** Everything the screen of one kind shows and submits. */
export function groupKindView(kind: GroupKind) {
  const { noun, title, hasRoles } = GROUP_KINDS[kind];
  const key = groupIdKey(kind);
  return {
    ...WORDS[kind],
    heading: `${title}s`,
    createLabel: `Create ${noun}`,
    created: (name: string) => `${title} ${name} created.`,
    emptyTitle: `No ${noun}s yet`,
    renamed: `${title} renamed.`,
    removalLabel: `Remove from ${noun}`,
    hasRoles,
    ref: (id: string): GroupInput => ({ [key]: id }),
  };
}

export type GroupKindView = ReturnType<typeof groupKindView>;
