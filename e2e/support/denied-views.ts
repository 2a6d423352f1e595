// How many refused views (audited DENIED) a secret or Quick Command has, for e2e/hidden-pages.spec.ts.
// Usage: tsx --conditions=react-server denied-views.ts <action> <id>; prints the count. A secret's
// events name it in secretId, a command's in targetId.
import { db } from "../../lib/db/index.ts";

const [action, id] = process.argv.slice(2);
db.auditEvent
  .count({ where: { action, outcome: "DENIED", OR: [{ secretId: id }, { targetId: id }] } })
  .then((count) => process.stdout.write(`${count}\n`)) // not console.log: it colors numbers under FORCE_COLOR
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
