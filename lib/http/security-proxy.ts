// What the proxy does for security, around its own work (`next`, the session redirect): refuse
// hostile server action calls (action-guard.ts), then give pages their Content Security Policy
// (page-policy.ts).
import type { NextMiddleware, NextRequest } from "next/server";
import { refuseHostileAction } from "./action-guard.ts";
import { withPagePolicy } from "./page-policy.ts";

export async function securityProxy(
  req: NextRequest,
  next: (req: NextRequest) => ReturnType<NextMiddleware>,
): Promise<Response> {
  return (await refuseHostileAction(req)) ?? withPagePolicy(req, next);
}
