import type { Site } from '@/lib/site/get-site';
import type { EntryId } from '@/lib/content/ids';
import { KIND_INFO } from '@/lib/content/kinds';
import { relationGroups } from '@/lib/graph/build-graph';
import { entryHref } from '@/lib/site/routes';

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Typed relations in both directions ("signalled by", "targeted by", "part of", related…). */
export function RelatedEntries({ site, id }: { site: Site; id: EntryId }) {
  const groups = relationGroups(site.graph, id);
  if (!groups.length) return null;
  return (
    <section aria-labelledby="related" className="mt-8">
      <h2 id="related" className="text-xl font-bold">
        Related entries
      </h2>
      <dl className="space-y-3 m-0">
        {groups.map((g) => (
          <div key={`${g.relation} ${g.direction}`}>
            <dt className="font-semibold">{capitalise(g.label)}</dt>
            <dd className="m-0">
              <ul className="flex flex-wrap gap-x-3 gap-y-1 list-none p-0 m-0">
                {g.ids.map((rid) => {
                  const e = site.getEntry(rid);
                  if (!e) return null;
                  return (
                    <li key={rid}>
                      <a href={entryHref(e.kind, e.id)}>{e.title}</a> <span className="muted text-xs">{KIND_INFO[e.kind].label}</span>
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
