// Strongroom's own lint rules: the architecture the build enforces (README "Enforced by the build").
import noRoleLiteral from "./no-role-literal.mjs";
import noServerOnlyImport from "./no-server-only-import.mjs";
import routeHandlersUseWrapper from "./route-handlers-use-wrapper.mjs";
import serverActionsUsePipeline from "./server-actions-use-pipeline.mjs";

export default {
  meta: { name: "strongroom" },
  rules: {
    "no-role-literal": noRoleLiteral,
    "no-server-only-import": noServerOnlyImport,
    "route-handlers-use-wrapper": routeHandlersUseWrapper,
    "server-actions-use-pipeline": serverActionsUsePipeline,
  },
};
