import type { ReactNode } from "react";
import { ToastProvider } from "@/components/ui";

export default function SecretsLayout({ children }: { children: ReactNode }) {
  return <ToastProvider>{children}</ToastProvider>;
}
