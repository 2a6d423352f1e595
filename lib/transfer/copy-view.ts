// Words on screen for the Copy values preview. Client-safe.
export type CopyAction = "create" | "overwrite" | "same" | "no_source";

export function copyActionLabel(action: CopyAction, from: string, to: string): string {
  switch (action) {
    case "create":
      return `Created in ${to}`;
    case "overwrite":
      return `Overwrites the value in ${to}`;
    case "same":
      return "Already the same: skipped";
    case "no_source":
      return `No value in ${from}: skipped`;
  }
}
