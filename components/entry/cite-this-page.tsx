import type { Entry } from '@/lib/site/get-site';
import { citeThisPage } from '@/lib/discovery/cite-formats';
import { gbt7714PageCitation, type CitationLocale } from '@/lib/discovery/gbt7714';
import { CITE_FORMAT_INFO, CITE_FORMATS, entryCiteHref } from '@/lib/discovery/routes';
import { publicOrigin } from '@/lib/site/metadata';
import { strings } from '@/lib/i18n/strings';

/** The strings of "Cite this page", by the `locale` of the page showing it. */
export const CITE_PAGE_TEXT = strings(
  {
    heading: 'Cite this page',
    gbtHeading: 'GB/T 7714-2015',
    colon: ':',
    /** The page cannot know when it is read, so the citation leaves out 引用日期 and says where it goes. */
    accessedNote: 'Add the date you read this page as [YYYY-MM-DD] right after the last-reviewed date (引用日期).',
    download: (n: number) => `Download this entry's ${n} ${n === 1 ? 'reference' : 'references'}: `,
  },
  {
    heading: '引用本页',
    gbtHeading: 'GB/T 7714-2015',
    colon: '：',
    accessedNote: '请在最后审核日期之后紧接着以 [YYYY-MM-DD] 格式补充您阅读本页的日期（引用日期）。',
    download: (n: number) => `下载本条目的${n}篇参考文献：`,
  },
);

/** Labels of the GB/T 7714 citation on the English page. */
export const CITE_GBT7714_LABELS = { heading: CITE_PAGE_TEXT.en.gbtHeading, accessedNote: CITE_PAGE_TEXT.en.accessedNote } as const;

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
  const t = CITE_PAGE_TEXT[locale];
  return (
    <section aria-labelledby="cite-this-page" className="mt-8 card p-4 text-sm">
      <h2 id="cite-this-page" className="text-xl font-bold m-0">
        {t.heading}
      </h2>
      <p className="m-0 mt-2" data-citation="" lang={locale === 'zh' ? 'en' : undefined}>
        <CitationText text={c.text} url={c.url} />
      </p>
      <p className="m-0 mt-2" data-citation-gbt7714="">
        <span className="font-bold">
          {t.gbtHeading}
          {t.colon}
        </span>{' '}
        <CitationText text={gbt.text} url={gbt.url} />
        <br />
        <span className="muted">{t.accessedNote}</span>
      </p>
      <p className="m-0 mt-3">
        {t.download(n)}
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
