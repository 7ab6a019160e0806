import { Fragment } from 'react';
import type { Entry } from '@/lib/site/get-site';
import { entryHref } from '@/lib/site/routes';

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
  return (
    <>
      {entries.map((e, i) => (
        <Fragment key={e.id}>
          {i > 0 && separator}
          <a href={entryHref(e.kind, e.id)}>{e.title}</a>
        </Fragment>
      ))}
    </>
  );
}
