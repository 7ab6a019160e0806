import type { Entry } from '@/lib/site/get-site';
import { entryHref } from '@/lib/site/routes';
import { EntryBadges } from './badges';

/** A list item for an entry: linked title, Chinese name, badges and summary. */
export function EntryCard({ entry, headingLevel = 3 }: { entry: Entry; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card p-4 h-full">
      <H className="text-lg font-semibold leading-snug m-0">
        <a href={entryHref(entry.kind, entry.id)}>{entry.title}</a>{' '}
        <span lang="zh-Hans" className="muted font-normal text-base">
          {entry.titleZh}
        </span>
      </H>
      <div className="my-2">
        <EntryBadges entry={entry} />
      </div>
      <p className="m-0 text-[0.95rem]">{entry.summary}</p>
    </article>
  );
}
