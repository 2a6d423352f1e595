-- Names of workspaces, Spots and environments that differ only in case are the same name
-- (security probe, issue 13): a lower-case key with a unique index per organization, so that
-- the database refuses a case duplicate even when two requests race.
-- Backfill: the oldest row of each group of existing case duplicates gets the key, the later
-- ones keep NULL (a unique index allows many), still work, and get their key when renamed to
-- a name that is free. The application writes the key as name.normalize(NFC).toLowerCase().
-- (No semicolons in these comments: the migration runner splits the script at every one.)

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "nameKey" TEXT;

-- AlterTable
ALTER TABLE "Spot" ADD COLUMN     "nameKey" TEXT;

-- AlterTable
ALTER TABLE "Environment" ADD COLUMN     "nameKey" TEXT;

-- Backfill
UPDATE "Workspace" SET "nameKey" = lower("name")
WHERE NOT EXISTS (
  SELECT 1 FROM "Workspace" AS "earlier"
  WHERE "earlier"."orgId" = "Workspace"."orgId"
    AND lower("earlier"."name") = lower("Workspace"."name")
    AND ("earlier"."createdAt" < "Workspace"."createdAt"
      OR ("earlier"."createdAt" = "Workspace"."createdAt" AND "earlier"."id" < "Workspace"."id"))
);

-- Backfill
UPDATE "Spot" SET "nameKey" = lower("name")
WHERE NOT EXISTS (
  SELECT 1 FROM "Spot" AS "earlier"
  WHERE "earlier"."orgId" = "Spot"."orgId"
    AND lower("earlier"."name") = lower("Spot"."name")
    AND ("earlier"."createdAt" < "Spot"."createdAt"
      OR ("earlier"."createdAt" = "Spot"."createdAt" AND "earlier"."id" < "Spot"."id"))
);

-- Backfill
UPDATE "Environment" SET "nameKey" = lower("name")
WHERE NOT EXISTS (
  SELECT 1 FROM "Environment" AS "earlier"
  WHERE "earlier"."orgId" = "Environment"."orgId"
    AND lower("earlier"."name") = lower("Environment"."name")
    AND ("earlier"."createdAt" < "Environment"."createdAt"
      OR ("earlier"."createdAt" = "Environment"."createdAt" AND "earlier"."id" < "Environment"."id"))
);

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_orgId_nameKey_key" ON "Workspace"("orgId", "nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Spot_orgId_nameKey_key" ON "Spot"("orgId", "nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Environment_orgId_nameKey_key" ON "Environment"("orgId", "nameKey");
