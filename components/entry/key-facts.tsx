import type { Entry, Site } from '@/lib/site/get-site';
import { factsOf } from '@/lib/content/kinds';

/** Kind-specific facts as a description list: the rows its kind declares in the registry, then the aliases. */
export function KeyFacts({ entry }: { entry: Entry; site: Site }) {
  const rows = factsOf(entry);
  if (entry.aliases.length) rows.push(['Also known as', entry.aliases.join(' · ')]);
  if (!rows.length) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm m-0">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd className="m-0">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
