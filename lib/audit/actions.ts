// The audit actions and their words on screen. Client-safe. Denials are recorded under the
// action that was attempted (e.g. "secret.use" with outcome DENIED).
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.locked_out": "Locked out",
  "secret.create": "Registered secret",
  "secret.view": "Viewed metadata",
  "secret.update": "Changed secret",
  "secret.copy_value": "Copied value between environments",
  "secret.rollback": "Rolled back value",
  "secret.use": "Used value",
  "secret.delete": "Deleted secret",
  "secret.schedule_deletion": "Scheduled deletion",
  "secret.cancel_deletion": "Cancelled deletion",
  "secret.edit": "Edit attempt",
  "secret.import": "Imported secrets",
  "secret.export": "Exported values",
  "usage.declare": "Declared usage",
  "usage.remove": "Removed usage",
  "token.create": "Created API token",
  "token.revoke": "Revoked API token",
  "token.auth_failed": "Failed token authentication",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
