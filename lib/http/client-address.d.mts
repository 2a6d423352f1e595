import type { IncomingMessage } from "node:http";

export declare const CLIENT_ADDRESS_HEADER: "x-strongroom-client-address";
export declare function trustedProxyHops(value: string | undefined | null): number | null;
export declare function normalizeAddress(raw: unknown): string | null;
export declare function deriveClientAddress(
  socketAddress: string | undefined | null,
  forwardedFor: string | string[] | undefined | null,
  hops: number,
): string | null;
export declare function stampClientAddress(
  req: Pick<IncomingMessage, "headers"> & { socket?: { remoteAddress?: string } | null },
  hops: number,
): void;
export declare function clientAddressIsStamped(): boolean;
