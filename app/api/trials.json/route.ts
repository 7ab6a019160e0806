import { getSite } from '@/lib/site/get-site';
import { toTrialRecords } from '@/lib/evidence/export';
import { siteUrl } from '@/lib/site/metadata';

// Every trial as JSON (schema: /api/trials.schema.json), generated at build time.
export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return Response.json(toTrialRecords(site.entries, site.getReference, siteUrl()));
}
