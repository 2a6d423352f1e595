export { actorForCommand } from "../authz/resources.ts";
