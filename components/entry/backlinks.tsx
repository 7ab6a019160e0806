import type { Site } from '@/lib/site/get-site';
import type { EntryId } from '@/lib/content/ids';
import { KIND_INFO } from '@/lib/content/kinds';
import { backlinks } from '@/lib/graph/build-graph';
import { entryHref } from '@/lib/site/routes';

/** "Pages that link here", each with the sentence that carries the link. */
export function Backlinks({ site, id }: { site: Site; id: EntryId }) {
  const links = backlinks(site.graph, id);
  return (
    <section aria-labelledby="backlinks" className="mt-8">
      <h2 id="backlinks" className="text-xl font-bold">
        Pages that link here
      </h2>
      {links.length === 0 ? (
        <p className="muted">No other page links here in its text yet.</p>
      ) : (
        <ul className="list-none p-0 space-y-3">
          {links.map((l) => {
            const src = site.getEntry(l.source);
            if (!src) return null;
            return (
              <li key={l.source}>
                <a href={entryHref(src.kind, src.id)} className="font-semibold">
                  {src.title}
                </a>{' '}
                <span className="muted text-sm">({KIND_INFO[src.kind].label})</span>
                {l.sentence && <blockquote className="m-0 mt-1 pl-3 border-l-4 hairline text-sm muted">{l.sentence}</blockquote>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
