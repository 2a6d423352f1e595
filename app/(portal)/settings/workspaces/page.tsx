import type { Metadata } from "next";
import { NotYetAvailable } from "@/components/settings/not-yet-available";

export const metadata: Metadata = { title: "Workspaces" };

export default function Page() {
  return <NotYetAvailable section="Workspaces" />;
}
