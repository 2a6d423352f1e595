import { CommandSkeleton } from "@/components/quick-commands/command-skeleton";

export default function EditQuickCommandLoading() {
  return <CommandSkeleton />;
}
