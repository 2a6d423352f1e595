// QA test hook: POST runs a lifecycle sweep now (at the test clock's time) and answers what it
// did; {"orgId": "..."} sweeps one organization only. 404 unless STRONGROOM_TEST_HOOKS=1.
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors";
import { sweepForTest, testHooksEnabled } from "@/lib/lifecycle/test-hooks";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  if (!testHooksEnabled()) return NextResponse.json({ error: "Not found." }, { status: 404 });
  try {
    const text = await req.text();
    return NextResponse.json(await sweepForTest(text.trim() ? JSON.parse(text) : {}));
  } catch (e) {
    if (e instanceof SyntaxError) return NextResponse.json({ error: "The body must be JSON." }, { status: 400 });
    if (isAppError(e)) return NextResponse.json({ error: e.message }, { status: e.status });
    throw e;
  }
}
