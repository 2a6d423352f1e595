-- Keyed audit chain and signed checkpoints (issue 13): AuditEvent.keyId names the master key
-- whose derived audit key MACs the record (null: a legacy SHA-256 record), and AuditCheckpoint holds
-- the signed chain heads. Add-only: existing records keep verifying as the legacy prefix.
-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "keyId" TEXT;

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chain" TEXT NOT NULL,
    "chainSeq" INTEGER NOT NULL,
    "headHash" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "signKeyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "AuditCheckpoint_chain_chainSeq_idx" ON "AuditCheckpoint"("chain", "chainSeq");

