// Authentication and the portal's current context. Server only; client components import the
// pure helpers directly (sign-in-errors.ts, callback-url.ts, email.ts).
import "server-only";
export { authOptions, SESSION_MAX_AGE_SECONDS } from "./options.ts";
export {
  getCurrentSession,
  getSessionUser,
  requireCurrentSession,
  requireSessionUser,
  type CurrentSession,
  type SessionUser,
} from "./session.ts";
export { getRequestInfo } from "./request-info.ts";
export {
  getPortalContext,
  loadPortalState,
  redirectToSignIn,
  selectOrganization,
  selectWorkspace,
  listOrganizations,
  listWorkspaces,
  NoOrganizationError,
  ORG_COOKIE,
  WORKSPACE_COOKIE,
  type PortalContext,
  type PortalOrganization,
  type PortalWorkspace,
  type PortalState,
} from "./current-context.ts";
export { authorizeCredentials, type AuthorizedUser, type AuthorizeDeps } from "./authorize.ts";
export { oidcDisplayName } from "./oidc.ts";
export { normalizeEmail } from "./email.ts";
export { safeCallbackPath, DEFAULT_AFTER_SIGN_IN } from "./callback-url.ts";
export { signInErrorMessage, WRONG_CREDENTIALS_MESSAGE } from "./sign-in-errors.ts";
export { signInSchema, type SignInInput } from "./sign-in-schema.ts";
export { hashPassword, verifyPassword, PASSWORD_MIN_LENGTH } from "./password.ts";
