import { getSite } from '@/lib/site/get-site';
import { toEntryRecords } from '@/lib/discovery/export';
import { publicOrigin } from '@/lib/site/metadata';

// Every entry as a JSON record (schema: /api/entries.schema.json), generated at build time.
export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return Response.json(toEntryRecords(site.entries, publicOrigin()));
}
