import { getSite } from '@/lib/site/get-site';
import type { Reference } from '@/lib/content/references';
import { formatReferences } from '@/lib/discovery/cite-formats';
import { CITE_FORMATS, citeFileName, downloadHeaders, parseCiteFile } from '@/lib/discovery/routes';

// One entry's references (citation order) as a download: /cite/<id>.bib, /cite/<id>.ris, /cite/<id>.json and
// /cite/<id>.gbt7714.txt (GB/T 7714-2015, numbered in citation order as its numeric system wants).
// Every file is generated at build time; any other name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const site = await getSite();
  return site.entries.flatMap((e) => CITE_FORMATS.map((f) => ({ file: citeFileName(e.id, f) })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const parsed = parseCiteFile((await params).file);
  const site = await getSite();
  const entry = parsed ? site.getEntry(parsed.id) : undefined;
  if (!parsed || !entry) return new Response('Not found', { status: 404 });
  const refs = entry.refs.map((k) => site.getReference(k)).filter((r): r is Reference => r !== undefined);
  return new Response(formatReferences(refs, parsed.format), {
    headers: downloadHeaders(parsed.format, `${entry.id}-references.${parsed.format}`),
  });
}
