export declare function publicUrlProblem(
  publicUrl: string | undefined | null,
  listen: { host?: string | null; port: number | string },
  hops: number,
): string | null;
export declare function linksPointElsewhere(
  publicUrl: string | undefined | null,
  requestOrigin: string | undefined | null,
): boolean;
