import { TableSkeleton } from "@/components/secrets/skeletons";

export default function SecretsLoading() {
  return <TableSkeleton />;
}
