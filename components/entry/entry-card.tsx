import type { Entry, Site } from '@/lib/site/get-site';
import { entryHref } from '@/lib/site/routes';
import { altTitleOf, summaryOf, titleOf } from '../i18n/entry-text';
import { getLocale, href } from '../i18n/locale';
import { EntryBadges } from './badges';

/**
 * A list item for an entry: linked title, its name in the other language, badges and summary. On a Chinese page the
 * title is the Chinese one and, given `site`, the summary is the translation's (else the English, marked lang="en").
 */
export function EntryCard({ entry, headingLevel = 3, site }: { entry: Entry; headingLevel?: 2 | 3; site?: Site }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const zh = getLocale() === 'zh';
  const title = site ? titleOf(site, entry).text : zh ? entry.titleZh : entry.title;
  const alt = altTitleOf(entry);
  const summary = site ? summaryOf(site, entry) : { text: entry.summary, lang: zh ? ('en' as const) : undefined };
  return (
    <article className="card p-4 h-full">
      <H className="text-lg font-semibold leading-snug m-0">
        <a href={href(entryHref(entry.kind, entry.id))}>{title}</a>{' '}
        <span lang={zh ? alt.lang : 'zh-Hans'} className="muted font-normal text-base">
          {alt.text}
        </span>
      </H>
      <div className="my-2">
        <EntryBadges entry={entry} />
      </div>
      <p className="m-0 text-[0.95rem]" lang={summary.lang}>
        {summary.text}
      </p>
    </article>
  );
}
