-- CreateTable
CREATE TABLE "SecretValueHead" (
    "secretId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,

    PRIMARY KEY ("secretId", "environmentId"),
    CONSTRAINT "SecretValueHead_secretId_fkey" FOREIGN KEY ("secretId") REFERENCES "Secret" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SecretValueHead_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SecretValueHead_environmentId_idx" ON "SecretValueHead"("environmentId");


-- Backfill: the current version of every value is the newest one stored (as the use read it before).
INSERT INTO "SecretValueHead" ("secretId", "environmentId", "version")
SELECT "secretId", "environmentId", MAX("version") FROM "SecretValueVersion" GROUP BY "secretId", "environmentId";
