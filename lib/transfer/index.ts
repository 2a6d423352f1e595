// Bulk paths between files, environments and storage locations: the value matrix, Copy
// values between environments, Import (.env / JSON) and Export. Server only.
import "server-only";
export { valueMatrix, type ValueMatrix, type MatrixRow, type MatrixCell, type MatrixQuery } from "./matrix.ts";
export {
  copyCandidates,
  previewCopy,
  applyCopy,
  type CopyPreviewItem,
  type CopyResultItem,
  type CopyAction,
} from "./copy.ts";
export { planImport, toPreview, type ImportPreview, type ImportPlan } from "./import-plan.ts";
export { commitImport, type ImportProgress, type ImportResult } from "./import-commit.ts";
export { exportValues, type ExportFile, type ExportRequest } from "./export.ts";
export { transferScopeOptions, mayTransfer, type ScopeOption } from "./scope.ts";
