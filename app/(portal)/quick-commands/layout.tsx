import type { ReactNode } from "react";
import { ToastProvider } from "@/components/ui";

export default function QuickCommandsLayout({ children }: { children: ReactNode }) {
  return <ToastProvider>{children}</ToastProvider>;
}
