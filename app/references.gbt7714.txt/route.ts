import { getSite } from '@/lib/site/get-site';
import { formatReferences } from '@/lib/discovery/cite-formats';
import { downloadHeaders } from '@/lib/discovery/routes';

// The whole bibliography as GB/T 7714-2015 numbered text, generated at build time from content/references.yaml.
export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return new Response(formatReferences(site.corpus.references, 'gbt7714.txt'), {
    headers: downloadHeaders('gbt7714.txt', 'resistance-atlas-references.gbt7714.txt'),
  });
}
