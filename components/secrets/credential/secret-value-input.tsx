"use client";
// A secret field typed blind, with an icon button to show what was typed ("Show value" /
// "Hide value"). Shown or not, the value stays in this browser until the form is submitted.
import { useState, type ComponentPropsWithRef } from "react";
import { Input } from "@/components/ui";

export function SecretValueInput(props: Omit<ComponentPropsWithRef<"input">, "type">) {
  const [shown, setShown] = useState(false);
  return (
    <div className="relative">
      <Input
        {...props}
        type={shown ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        className="pr-10"
      />
      {/* Named by its (visually hidden) text, not aria-label: a label lookup for the field,
          getByLabel("Value") as QA writes it, must find the input alone. */}
      <button
        type="button"
        aria-pressed={shown}
        title={shown ? "Hide value" : "Show value"}
        onClick={() => setShown(!shown)}
        className="absolute inset-y-0 right-0 flex w-9 items-center justify-center rounded-r-md text-zinc-500 hover:text-zinc-800 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <EyeIcon crossed={shown} />
        <span className="sr-only">{shown ? "Hide value" : "Show value"}</span>
      </button>
    </div>
  );
}

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
      {crossed && <path d="M3 3l18 18" />}
    </svg>
  );
}
