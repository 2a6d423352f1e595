import "server-only";
import type { RequestInfo } from "@/lib/audit";
import type { ResourceContext, UserActor } from "@/lib/authz";

type Service<I, T> = (actor: UserActor, input: I, opts: { request: RequestInfo }) => Promise<T>;

/**
 * The handler of a Settings action that runs one service as the resource's actor and then
 * refreshes what it changed (`refresh`: a revalidatePath); its answer is the service's.
 */
export const refreshing =
  (refresh: () => void) =>
  <I, T>(service: Service<I, T>) =>
  async (input: I, { actor, request }: ResourceContext): Promise<T> => {
    const result = await service(actor, input, { request });
    refresh();
    return result;
  };
