-- Usage.consumerKey: Quick Commands of the same name keep separate references (issue 6).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Usage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "secretId" TEXT NOT NULL,
    "consumerKind" TEXT NOT NULL,
    "consumerId" TEXT,
    "consumerName" TEXT NOT NULL,
    "consumerKey" TEXT NOT NULL,
    "consumerUrl" TEXT,
    "location" TEXT NOT NULL,
    "createdById" TEXT,
    "createdByTokenId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Usage_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Usage_secretId_fkey" FOREIGN KEY ("secretId") REFERENCES "Secret" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Usage_consumerId_fkey" FOREIGN KEY ("consumerId") REFERENCES "QuickCommand" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Backfill: a Quick Command's references are keyed by the command id, every other consumer by its name.
INSERT INTO "new_Usage" ("consumerKey", "consumerId", "consumerKind", "consumerName", "consumerUrl", "createdAt", "createdById", "createdByTokenId", "id", "location", "orgId", "secretId") SELECT CASE WHEN "consumerKind" = 'QUICK_COMMAND' AND "consumerId" IS NOT NULL THEN 'command:' || "consumerId" ELSE "consumerName" END, "consumerId", "consumerKind", "consumerName", "consumerUrl", "createdAt", "createdById", "createdByTokenId", "id", "location", "orgId", "secretId" FROM "Usage";
DROP TABLE "Usage";
ALTER TABLE "new_Usage" RENAME TO "Usage";
CREATE INDEX "Usage_orgId_consumerName_idx" ON "Usage"("orgId", "consumerName");
CREATE INDEX "Usage_consumerId_idx" ON "Usage"("consumerId");
CREATE UNIQUE INDEX "Usage_secretId_consumerKind_consumerKey_location_key" ON "Usage"("secretId", "consumerKind", "consumerKey", "location");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "QuickCommand_workspaceId_idx" ON "QuickCommand"("workspaceId");

