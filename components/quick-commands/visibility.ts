// Words on screen for command visibility (PRODUCT.md §8). Pure and client-safe.
import type { CommandVisibility } from "@/lib/domain/constants";

export const COMMAND_VISIBILITY_LABELS: Record<CommandVisibility, string> = {
  PRIVATE: "Private",
  SHARED: "Shared",
  PUBLISHED: "Published",
};

export const COMMAND_VISIBILITY_HELP: Record<CommandVisibility, string> = {
  PRIVATE: "Only you can see and run it.",
  SHARED: "The members of a workspace can run and fork it. It cannot use personal secrets.",
  PUBLISHED: "Everyone in the organization can run and fork it. It may use only organization secrets.",
};
