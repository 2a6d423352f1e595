"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button, Card, CardContent, buttonClasses } from "@/components/ui";

/** After registering: the reminder that values are not shown again, and a link to the secret. */
export function SuccessScreen({ secret, onAnother }: { secret: { id: string; name: string }; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card>
      <CardContent className="py-8">
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold text-zinc-900 focus:outline-none">
          Secret registered
        </h2>
        <p className="mt-2 text-sm text-zinc-700">
          <strong className="font-mono">{secret.name}</strong> is stored encrypted and ready to use.
        </p>
        <div
          role="note"
          className="mt-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          <p className="font-medium">Keep a copy of what you need.</p>
          <p className="mt-1">
            The values you entered will not be shown again in the portal: not here, not on the secret&apos;s page. The
            one way to read them back is Export, open only to those who manage this storage location: it asks for the
            password again and is recorded in the audit log. Copy what you need from its source and keep it in a safe
            place now.
          </p>
        </div>
        <div className="mt-6 flex flex-wrap gap-2">
          <Link href={`/secrets/${secret.id}`} className={buttonClasses("primary")}>
            Open {secret.name}
          </Link>
          <Button variant="secondary" onClick={onAnother}>
            Register another secret
          </Button>
          <Link href="/secrets" className={buttonClasses("ghost")}>
            Back to Secrets Manager
          </Link>
        </div>
      </CardContent>
    </Card>
  );
}
