import type { Entry } from '@/lib/site/get-site';
import { citeThisPage } from '@/lib/discovery/cite-formats';
import { gbt7714PageCitation, type CitationLocale } from '@/lib/discovery/gbt7714';
import { CITE_FORMAT_INFO, CITE_FORMATS, entryCiteHref } from '@/lib/discovery/routes';
import { publicOrigin } from '@/lib/site/metadata';

/** Labels of the GB/T 7714 citation (kept here, not in the JSX, for the i18n dictionaries). */
export const CITE_GBT7714_LABELS = {
  heading: 'GB/T 7714-2015',
  /** The page cannot know when it is read, so the citation leaves out 引用日期 and says where it goes. */
  accessedNote: 'Add the date you read this page as [YYYY-MM-DD] right after the last-reviewed date (引用日期).',
} as const;

/** A citation with its URL as a link; every part is text (React escapes it), never HTML. */
function CitationText({ text, url }: { text: string; url: string }) {
  const at = text.lastIndexOf(url);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <a href={url}>{url}</a>
      {text.slice(at + url.length)}
    </>
  );
}

/**
 * "Cite this page": a ready-made citation of the entry (title, atlas name, last-reviewed date, URL), the same in
 * GB/T 7714-2015 (the Chinese page cites its Chinese title, marked 中文版), and downloads of the entry's references in
 * BibTeX, RIS, CSL-JSON and GB/T 7714 text. Server-rendered; plain links, no JavaScript. `locale` is the language of
 * the page showing it; `url` overrides the English page's URL (for the Chinese page's own address).
 */
export function CiteThisPage({ entry, locale = 'en', url }: { entry: Entry; locale?: CitationLocale; url?: string }) {
  const c = citeThisPage(entry, publicOrigin());
  const gbt = gbt7714PageCitation({
    title: locale === 'zh' ? entry.titleZh : entry.title,
    locale,
    url: url ?? c.url,
    lastReviewed: entry.lastReviewed,
  });
  const n = entry.refs.length;
  return (
    <section aria-labelledby="cite-this-page" className="mt-8 card p-4 text-sm">
      <h2 id="cite-this-page" className="text-xl font-bold m-0">
        Cite this page
      </h2>
      <p className="m-0 mt-2" data-citation="">
        <CitationText text={c.text} url={c.url} />
      </p>
      <p className="m-0 mt-2" data-citation-gbt7714="">
        <span className="font-bold">{CITE_GBT7714_LABELS.heading}:</span> <CitationText text={gbt.text} url={gbt.url} />
        <br />
        <span className="muted">{CITE_GBT7714_LABELS.accessedNote}</span>
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
