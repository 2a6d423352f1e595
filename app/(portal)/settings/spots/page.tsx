import type { Metadata } from "next";
import { GroupsPage } from "../groups-page";

export const metadata: Metadata = { title: "Spots" };

export default function SpotsPage() {
  return <GroupsPage kind="spot" />;
}
