import { TableSkeleton } from "@/components/secrets/skeletons";

export default function ValueMatrixLoading() {
  return <TableSkeleton />;
}
