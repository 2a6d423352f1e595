-- DropIndex
DROP INDEX "Secret_status_lastUsedAt_idx";

-- AlterTable
ALTER TABLE "Secret" ADD COLUMN     "idleSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Backfill: the inactivity period of an existing secret started at its last use, else its creation.
UPDATE "Secret" SET "idleSince" = COALESCE("lastUsedAt", "createdAt");

-- CreateTable
CREATE TABLE "LifecycleSweepState" (
    "id" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LifecycleSweepState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Secret_status_idleSince_idx" ON "Secret"("status", "idleSince");

-- CreateIndex
CREATE INDEX "Secret_status_purgeAt_idx" ON "Secret"("status", "purgeAt");

