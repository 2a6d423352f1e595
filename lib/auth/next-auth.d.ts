// What Strongroom keeps in next-auth's JWT and session (see options.ts).
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    sessionVersion: number;
    /** The UserSession record of this sign-in (user-sessions.ts); missing in JWTs issued before it existed. */
    sessionId?: string;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
    sessionId?: string;
  }
}
