import { exportJsonSchema, evidenceFileSchema } from '@/lib/evidence/export';
import { EVIDENCE_SCHEMA_PATH } from '@/lib/evidence/export-routes';
import { siteUrl } from '@/lib/site/metadata';

// The JSON Schema of /api/evidence.json, generated from the zod schema that validates it.
export const dynamic = 'force-static';

export function GET() {
  return new Response(`${JSON.stringify(exportJsonSchema(evidenceFileSchema, `${siteUrl()}${EVIDENCE_SCHEMA_PATH}`), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
}
