import { CommandSkeleton } from "@/components/quick-commands/command-skeleton";

export default function NewQuickCommandLoading() {
  return <CommandSkeleton />;
}
