import { CommandSkeleton } from "@/components/quick-commands/command-skeleton";

export default function QuickCommandLoading() {
  return <CommandSkeleton />;
}
