import { getSite } from '@/lib/site/get-site';
import { evidenceTsv, toStatementRecords } from '@/lib/evidence/export';
import { siteUrl } from '@/lib/site/metadata';

// Every graded statement as tab-separated values, one row per statement, generated at build time.
export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return new Response(evidenceTsv(toStatementRecords(site.entries, site.getReference, siteUrl())), {
    headers: {
      'Content-Type': 'text/tab-separated-values; charset=utf-8',
      'Content-Disposition': 'inline; filename="resistance-atlas-evidence.tsv"',
    },
  });
}
