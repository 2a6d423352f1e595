// Runs in the browser before the portal's own code. zod compiles object parsers with
// `new Function` unless told not to, and its probe for that counts as a violation of the page's
// Content Security Policy (no 'unsafe-eval'; lib/http/security-headers.mjs) even though the
// error is caught. The server keeps the compiled parsers.
import { z } from "zod";

z.config({ jitless: true });
