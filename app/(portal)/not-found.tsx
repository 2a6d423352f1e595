import Link from "next/link";
import { buttonClasses } from "@/components/ui";

export const metadata = { title: "Page not found" };

// A secret, Quick Command or Settings section that does not exist, was deleted, or that the
// user may not see: the same answer for all (its existence is never revealed). Rendered inside
// the portal frame; the status is 404 because the pages decide visibility before streaming
// (the layouts of secrets/[secretId], quick-commands/[commandId] and the Settings sections).
export default function PortalNotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-2 text-sm text-zinc-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/secrets" className={buttonClasses("primary", "md", "mt-6")}>
        Go to Secrets Manager
      </Link>
    </div>
  );
}
