import type { ApiOperation } from "@/lib/api/operations";

const SAMPLE_PARAMS: Record<string, string> = { name: "stripe_api_key", usageId: "<usage id>" };

/** A copy-paste curl command for an operation, using $STRONGROOM_URL and $STRONGROOM_TOKEN. */
export function curlExample(op: ApiOperation): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, p: string) => SAMPLE_PARAMS[p] ?? `<${p}>`);
  const lines = [`curl -sS -X ${op.method.toUpperCase()} "$STRONGROOM_URL/api/v1${path}"`];
  if (op.permission) lines.push(`  -H "Authorization: Bearer $STRONGROOM_TOKEN"`);
  if (op.body) {
    lines.push(`  -H "Content-Type: application/json"`);
    lines.push(`  -d '${JSON.stringify(op.body.example)}'`);
  }
  return lines.join(" \\\n");
}
