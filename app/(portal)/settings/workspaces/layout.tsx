import { sectionLayout } from "../require-section";

export default sectionLayout("/settings/workspaces");
