import { entriesJsonSchema } from '@/lib/discovery/export';
import { ENTRIES_SCHEMA_PATH } from '@/lib/discovery/routes';
import { publicOrigin } from '@/lib/site/metadata';

// The JSON Schema of /api/entries.json, generated from the zod schema of the records.
export const dynamic = 'force-static';

export function GET() {
  return new Response(`${JSON.stringify(entriesJsonSchema(`${publicOrigin()}${ENTRIES_SCHEMA_PATH}`), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
}
