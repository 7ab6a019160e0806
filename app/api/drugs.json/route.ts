import { getSite } from '@/lib/site/get-site';
import { toDrugRecords } from '@/lib/evidence/export';
import { siteUrl } from '@/lib/site/metadata';

// Every drug as JSON (schema: /api/drugs.schema.json), generated at build time.
export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return Response.json(toDrugRecords(site.entries, site.getReference, siteUrl()));
}
