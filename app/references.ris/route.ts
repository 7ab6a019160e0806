import { getSite } from '@/lib/site/get-site';
import { formatReferences } from '@/lib/discovery/cite-formats';
import { downloadHeaders } from '@/lib/discovery/routes';

// The whole bibliography as a download, generated at build time from content/references.yaml.
export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return new Response(formatReferences(site.corpus.references, 'ris'), {
    headers: downloadHeaders('ris', 'resistance-atlas-references.ris'),
  });
}
