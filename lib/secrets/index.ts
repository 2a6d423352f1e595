// The secret storage core: every screen, Quick Command and API call goes through these
// operations, each authorized by lib/authz and audited.
import "server-only";
export { registerSecret, type RegisteredSecret } from "./service/register.ts";
export { listSecrets, type SecretListPage, type SecretListRow } from "./service/list.ts";
export { getSecret, type SecretDetail, type EnvironmentValueStatus } from "./service/get.ts";
export { updateSecret } from "./service/update.ts";
export { copyValue, listValueVersions, rollbackValue, type ValueVersionInfo } from "./service/versions.ts";
export {
  prepareSecretUse,
  resolveSecret,
  useLoadedSecret,
  type PreparedUse,
  type ResolvedSecret,
  type ResolveOptions,
} from "./service/resolve.ts";
export { loadForUseById, loadForUseByName, type UseRow } from "./service/use-load.ts";
export { deleteSecretNow } from "./service/delete-now.ts";
export { scheduleDeletion, cancelDeletion } from "./service/schedule-deletion.ts";
