-- The Secrets Manager list (issue 4): one covering index for every filter, sort key and
-- visibility check of listSecrets (it also serves every query of the index it replaces).
-- DropIndex
DROP INDEX "Secret_orgId_scope_status_idx";

-- CreateIndex
CREATE INDEX "Secret_list_idx" ON "Secret"("orgId", "scope", "status", "ownerId", "workspaceId", "availability", "type", "expiresAt", "name", "id");

