import Link from "next/link";
import { buttonClasses } from "@/components/ui";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-600">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Page not found</h1>
        <p className="mt-2 text-sm text-zinc-600">This page does not exist, or you do not have access to it.</p>
        <Link href="/secrets" className={buttonClasses("primary", "md", "mt-6")}>
          Go to Secrets Manager
        </Link>
      </div>
    </main>
  );
}
