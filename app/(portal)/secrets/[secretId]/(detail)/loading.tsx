import { DetailSkeleton } from "@/components/secrets/skeletons";

export default function SecretLoading() {
  return <DetailSkeleton />;
}
