// The signed-in user's own account (Account settings): name, password, sessions, own API tokens.
import "server-only";
export { loadAccount, type AccountView, type AccountSession, type OwnApiToken } from "./load.ts";
export { changeName } from "./change-name.ts";
export { changePassword, WRONG_CURRENT_PASSWORD, NO_PASSWORD_MESSAGE } from "./change-password.ts";
export { endOwnSession } from "./end-session.ts";
