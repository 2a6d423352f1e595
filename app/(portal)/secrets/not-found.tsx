import Link from "next/link";
import { buttonClasses } from "@/components/ui";

// A secret that does not exist, was deleted, or that the user may not see: the same answer
// for all three (its existence is never revealed). Rendered inside the portal frame.
export default function SecretNotFound() {
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
