import { DetailSkeleton } from "@/components/secrets/skeletons";

export default function EditSecretLoading() {
  return <DetailSkeleton />;
}
