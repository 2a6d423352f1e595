import { db } from "/work/main/lib/db/index.ts";
console.log(await db.$queryRawUnsafe(`SELECT "createdAt" || '' a, "nextAttemptAt" || '' b FROM "OutboxMail"`));
