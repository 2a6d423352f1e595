import Database from "better-sqlite3";
const f = "/tmp/locktest.db";
const a = new Database(f); a.exec("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, x INT)"); a.pragma("journal_mode = WAL");
const b = new Database(f, { timeout: 100 });
a.exec("BEGIN"); a.prepare("UPDATE t SET x = x WHERE id = 'none'").run();
try { b.exec("BEGIN IMMEDIATE"); console.log("B got write lock => no-op update did NOT lock"); b.exec("ROLLBACK"); } catch (e) { console.log("B blocked:", (e as Error).message); }
a.exec("ROLLBACK");
