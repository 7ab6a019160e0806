import type { Site } from '@/lib/site/get-site';
import type { EntryId } from '@/lib/content/ids';
import { KIND_INFO } from '@/lib/content/kinds';
import { backlinks } from '@/lib/graph/build-graph';
import { strings } from '@/lib/i18n/strings';
import { entryHref } from '@/lib/site/routes';
import { titleOf } from '../i18n/entry-text';
import { getLocale, href, text } from '../i18n/locale';

export const BACKLINKS_TEXT = strings(
  { heading: 'Pages that link here', none: 'No other page links here in its text yet.' },
  { heading: '链接到本页的条目', none: '目前尚无其他条目在正文中链接到本页。' },
);

/**
 * "Pages that link here", each with the sentence that carries the link (a sentence of the English body: marked
 * lang="en" on a Chinese page).
 */
export function Backlinks({ site, id }: { site: Site; id: EntryId }) {
  const links = backlinks(site.graph, id);
  const t = text(BACKLINKS_TEXT);
  const zh = getLocale() === 'zh';
  return (
    <section aria-labelledby="backlinks" className="mt-8">
      <h2 id="backlinks" className="text-xl font-bold">
        {t.heading}
      </h2>
      {links.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="list-none p-0 space-y-3">
          {links.map((l) => {
            const src = site.getEntry(l.source);
            if (!src) return null;
            return (
              <li key={l.source}>
                <a href={href(entryHref(src.kind, src.id))} className="font-semibold">
                  {titleOf(site, src).text}
                </a>{' '}
                <span className="muted text-sm">{zh ? `（${KIND_INFO[src.kind].labelZh}）` : `(${KIND_INFO[src.kind].label})`}</span>
                {l.sentence && (
                  <blockquote className="m-0 mt-1 pl-3 border-l-4 hairline text-sm muted" lang={zh ? 'en' : undefined}>
                    {l.sentence}
                  </blockquote>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
