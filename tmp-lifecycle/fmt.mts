import { db } from "/work/main/lib/db/index.ts";
const org = await db.organization.create({ data: { name: "x", slug: "x" + Date.now() } });
await db.outboxMail.create({ data: { to: "a@b", subject: "s", text: "t", nextAttemptAt: new Date("2026-01-01T00:00:00Z") } });
console.log(await db.$queryRawUnsafe(`SELECT typeof("createdAt") t, "createdAt", "nextAttemptAt" FROM "OutboxMail"`));
await db.$executeRawUnsafe(`INSERT INTO "OutboxMail" ("id","to","subject","text","createdAt","nextAttemptAt") VALUES ('r1','a','s','t',?,?)`, new Date("2026-02-01T00:00:00Z"), new Date());
console.log(await db.$queryRawUnsafe(`SELECT typeof("createdAt") t, "createdAt", "nextAttemptAt" FROM "OutboxMail"`));
console.log(await db.outboxMail.findMany({ select: { createdAt: true } }));
console.log(await db.$queryRawUnsafe(`SELECT count(*) n FROM "OutboxMail" WHERE "nextAttemptAt" <= ?`, new Date("2026-01-15T00:00:00Z")));
console.log(await db.$queryRawUnsafe(`SELECT sqlite_version() v`));
