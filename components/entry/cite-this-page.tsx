import type { Entry } from '@/lib/site/get-site';
import { citeThisPage } from '@/lib/discovery/cite-formats';
import { CITE_FORMAT_INFO, CITE_FORMATS, entryCiteHref } from '@/lib/discovery/routes';
import { publicOrigin } from '@/lib/site/metadata';

/**
 * "Cite this page": a ready-made citation of the entry (title, atlas name, last-reviewed date, URL) and downloads of
 * the entry's references in BibTeX, RIS and CSL-JSON. Server-rendered; plain links, no JavaScript.
 */
export function CiteThisPage({ entry }: { entry: Entry }) {
  const c = citeThisPage(entry, publicOrigin());
  const before = c.text.slice(0, c.text.length - c.url.length);
  const n = entry.refs.length;
  return (
    <section aria-labelledby="cite-this-page" className="mt-8 card p-4 text-sm">
      <h2 id="cite-this-page" className="text-xl font-bold m-0">
        Cite this page
      </h2>
      <p className="m-0 mt-2" data-citation="">
        {before}
        <a href={c.url}>{c.url}</a>
      </p>
      <p className="m-0 mt-3">
        Download this entry&apos;s {n} {n === 1 ? 'reference' : 'references'}:{' '}
        {CITE_FORMATS.map((f, i) => (
          <span key={f}>
            {i > 0 && ' · '}
            <a href={entryCiteHref(entry.id, f)} download={`${entry.id}-references.${f}`} className="inline-block py-0.5">
              {CITE_FORMAT_INFO[f].label}
            </a>
          </span>
        ))}
      </p>
    </section>
  );
}
