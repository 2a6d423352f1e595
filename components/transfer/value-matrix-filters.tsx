// Search and "only missing" for the value matrix, as a GET form (state lives in the URL).
import { Input, Label, buttonClasses } from "@/components/ui";

export function ValueMatrixFilters({ q, missingOnly }: { q: string; missingOnly: boolean }) {
  return (
    <form method="get" action="/secrets/matrix" className="mb-4 flex flex-wrap items-end gap-3" role="search">
      <div>
        <Label htmlFor="matrix-q">Search</Label>
        <Input id="matrix-q" name="q" type="search" defaultValue={q} placeholder="Secret name" className="w-64" />
      </div>
      <label className="flex h-9 items-center gap-2 text-sm">
        <input type="checkbox" name="missing" value="1" defaultChecked={missingOnly} /> Only secrets with missing values
      </label>
      <button type="submit" className={buttonClasses("secondary")}>
        Apply
      </button>
    </form>
  );
}
