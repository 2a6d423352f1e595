import type { Metadata } from "next";
import { GroupsPage } from "../groups-page";

export const metadata: Metadata = { title: "Workspaces" };

export default function WorkspacesPage() {
  return <GroupsPage kind="workspace" />;
}
