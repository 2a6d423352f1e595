// Who the demo organization's users are (the seed is in demo-organization.ts). Plain data
// without server imports, so the end-to-end tests can log in with these names.
import type { SeedUser } from "./ensure.ts";

export const DEMO_PASSWORD = "correct-horse-battery";

export const DEMO_ORGANIZATION = { name: "Acme", slug: "acme" } as const;

export type DemoUserKey = "holder" | "manager" | "alice" | "bob";

export const DEMO_USERS: Record<DemoUserKey, SeedUser> = {
  holder: { email: "holder@acme.test", name: "Hannah Holder", role: "HOLDER" },
  manager: { email: "manager@acme.test", name: "Manny Manager", role: "MANAGER" },
  alice: { email: "alice@acme.test", name: "Alice Anders", role: "MEMBER" },
  bob: { email: "bob@acme.test", name: "Bob Brown", role: "MEMBER" },
};

export const DEMO_WORKSPACE = "Payments";
