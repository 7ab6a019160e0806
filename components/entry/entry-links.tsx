import { Fragment } from 'react';
import type { Entry } from '@/lib/site/get-site';
import { entryHref } from '@/lib/site/routes';
import { getLocale, href } from '../i18n/locale';

/**
 * Entries as links separated by `separator` (", " by default). Fragments, not wrapper elements: the bibliography
 * and the map list hundreds of these, and every element costs the page budget, checkers and readers.
 */
export function EntryLinks({
  entries,
  separator = ', ',
}: {
  entries: readonly Pick<Entry, 'id' | 'kind' | 'title'>[];
  separator?: string;
}) {
  // Titles are English (the callers pass them): marked lang="en" on a Chinese page; links go to the page's language.
  const lang = getLocale() === 'zh' ? 'en' : undefined;
  return (
    <>
      {entries.map((e, i) => (
        <Fragment key={e.id}>
          {i > 0 && separator}
          <a href={href(entryHref(e.kind, e.id))} lang={lang}>
            {e.title}
          </a>
        </Fragment>
      ))}
    </>
  );
}
