-- CreateTable
CREATE TABLE "LifecycleSweepState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "lastRunAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Secret" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "workspaceId" TEXT,
    "ownerId" TEXT,
    "availability" TEXT,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "liveName" TEXT,
    "scopeKey" TEXT NOT NULL,
    "description" TEXT,
    "metadata" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "expiresAt" DATETIME,
    "lastUsedAt" DATETIME,
    "idleSince" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "inactiveSince" DATETIME,
    "deletionScheduledAt" DATETIME,
    "deletionDueAt" DATETIME,
    "deletedAt" DATETIME,
    "purgeAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Secret_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Secret_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Secret_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Secret_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Backfill: the inactivity period of an existing secret started at its last use, else its creation.
INSERT INTO "new_Secret" ("idleSince", "availability", "createdAt", "createdById", "deletedAt", "deletionDueAt", "deletionScheduledAt", "description", "expiresAt", "id", "inactiveSince", "lastUsedAt", "liveName", "metadata", "name", "orgId", "ownerId", "purgeAt", "scope", "scopeKey", "status", "type", "updatedAt", "version", "workspaceId") SELECT COALESCE("lastUsedAt", "createdAt"), "availability", "createdAt", "createdById", "deletedAt", "deletionDueAt", "deletionScheduledAt", "description", "expiresAt", "id", "inactiveSince", "lastUsedAt", "liveName", "metadata", "name", "orgId", "ownerId", "purgeAt", "scope", "scopeKey", "status", "type", "updatedAt", "version", "workspaceId" FROM "Secret";
DROP TABLE "Secret";
ALTER TABLE "new_Secret" RENAME TO "Secret";
CREATE INDEX "Secret_orgId_scope_status_idx" ON "Secret"("orgId", "scope", "status");
CREATE INDEX "Secret_orgId_name_idx" ON "Secret"("orgId", "name");
CREATE INDEX "Secret_orgId_createdAt_idx" ON "Secret"("orgId", "createdAt");
CREATE INDEX "Secret_orgId_expiresAt_idx" ON "Secret"("orgId", "expiresAt");
CREATE INDEX "Secret_status_deletionDueAt_idx" ON "Secret"("status", "deletionDueAt");
CREATE INDEX "Secret_status_expiresAt_idx" ON "Secret"("status", "expiresAt");
CREATE INDEX "Secret_status_idleSince_idx" ON "Secret"("status", "idleSince");
CREATE INDEX "Secret_status_purgeAt_idx" ON "Secret"("status", "purgeAt");
CREATE INDEX "Secret_ownerId_idx" ON "Secret"("ownerId");
CREATE INDEX "Secret_workspaceId_idx" ON "Secret"("workspaceId");
CREATE UNIQUE INDEX "Secret_orgId_scopeKey_liveName_key" ON "Secret"("orgId", "scopeKey", "liveName");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

