import { WizardSkeleton } from "@/components/secrets/skeletons";

export default function RegisterSecretLoading() {
  return <WizardSkeleton />;
}
