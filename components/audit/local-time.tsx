"use client";
// A moment in the viewer's own time zone, to the second ("2026-12-07 16:03:59"), with the exact
// UTC instant in its title and datetime. The server render (which cannot know the viewer's zone)
// shows UTC, marked as such, until the browser takes over.
import { useHydrated } from "@/components/ui";

const pad = (n: number) => String(n).padStart(2, "0");

export function formatLocalSecond(d: Date): string {
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function LocalTime({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  const shown = hydrated ? formatLocalSecond(new Date(iso)) : `${iso.slice(0, 19).replace("T", " ")} UTC`;
  return (
    <time dateTime={iso} title={iso} className="tabular-nums">
      {shown}
    </time>
  );
}

/** The viewer's time zone for a column header ("Europe/Berlin"), UTC before hydration. */
export function useTimeZoneName(): string {
  const hydrated = useHydrated();
  return hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone || "local time" : "UTC";
}
