import { TableSkeleton } from "@/components/secrets/skeletons";

export default function WhereUsedLoading() {
  return <TableSkeleton />;
}
