// Invitation links carry a random token; only its SHA-256 is stored, so the database (or a
// backup) cannot be used to accept an invitation.
import { createHash, randomBytes } from "node:crypto";

export const INVITATION_DAYS = 7;

export function generateInvitationToken(): { token: string; hash: string } {
  const token = `inv_${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeInvitationToken(value: string): boolean {
  return /^inv_[A-Za-z0-9_-]{43}$/.test(value);
}
