import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function SecretsLoading() {
  return <PageSkeleton filters />;
}
