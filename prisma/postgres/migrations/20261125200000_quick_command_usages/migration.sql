-- Usage.consumerKey: Quick Commands of the same name keep separate references (issue 6).

-- DropIndex
DROP INDEX "Usage_secretId_consumerKind_consumerName_location_key";

-- AlterTable (backfill: a Quick Command's references are keyed by the command id, every other consumer by its name)
ALTER TABLE "Usage" ADD COLUMN     "consumerKey" TEXT;
UPDATE "Usage" SET "consumerKey" = CASE WHEN "consumerKind" = 'QUICK_COMMAND' AND "consumerId" IS NOT NULL THEN 'command:' || "consumerId" ELSE "consumerName" END;
ALTER TABLE "Usage" ALTER COLUMN "consumerKey" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Usage_secretId_consumerKind_consumerKey_location_key" ON "Usage"("secretId", "consumerKind", "consumerKey", "location");

-- CreateIndex
CREATE INDEX "QuickCommand_workspaceId_idx" ON "QuickCommand"("workspaceId");
