export type Header = { key: string; value: string };
export declare const SECURITY_HEADERS: Header[];
export declare const API_CONTENT_SECURITY_POLICY: string;
export declare const STRICT_TRANSPORT_SECURITY: Header;
export declare function pageContentSecurityPolicy(options: { nonce: string; dev?: boolean; https?: boolean }): string;
export declare function servedOverHttps(options: {
  publicUrl: string | undefined;
  trustProxy: boolean | undefined;
  forwardedProto: string | null | undefined;
}): boolean;
export declare function apiSecurityHeaders(options: { https: boolean }): Header[];
