// QA test hook: POST {"advanceDays": n} or {"now": "<ISO>"} moves this server's lifecycle
// clock and answers the current test time; GET answers it. 404 unless STRONGROOM_TEST_HOOKS=1.
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors";
import { currentClock, moveClock, testHooksEnabled } from "@/lib/lifecycle/test-hooks";

export const dynamic = "force-dynamic";

const notFound = () => NextResponse.json({ error: "Not found." }, { status: 404 });

export async function GET() {
  if (!testHooksEnabled()) return notFound();
  return NextResponse.json(currentClock());
}

export async function POST(req: Request) {
  if (!testHooksEnabled()) return notFound();
  try {
    const body: unknown = await req.json().catch(() => null);
    return NextResponse.json(await moveClock(body));
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.message }, { status: e.status });
    throw e;
  }
}
