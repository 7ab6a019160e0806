import type { Site } from '@/lib/site/get-site';
import type { EntryId } from '@/lib/content/ids';
import { KIND_INFO, relation } from '@/lib/content/kinds';
import { relationGroups, type RelationGroup } from '@/lib/graph/build-graph';
import { strings } from '@/lib/i18n/strings';
import { entryHref } from '@/lib/site/routes';
import { titleOf } from '../i18n/entry-text';
import { getLocale, href, text } from '../i18n/locale';

export const RELATED_TEXT = strings({ heading: 'Related entries' }, { heading: '相关条目' });

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A group's heading in the page's language: the relation's label read in the group's direction. */
function groupLabel(g: RelationGroup, zh: boolean): string {
  if (!zh) return capitalise(g.label);
  const r = relation(g.relation);
  return g.direction === 'forward' ? r.labelZh : r.inverseZh;
}

/** Typed relations in both directions ("signalled by", "targeted by", "part of", related…). */
export function RelatedEntries({ site, id }: { site: Site; id: EntryId }) {
  const groups = relationGroups(site.graph, id);
  if (!groups.length) return null;
  const zh = getLocale() === 'zh';
  return (
    <section aria-labelledby="related" className="mt-8">
      <h2 id="related" className="text-xl font-bold">
        {text(RELATED_TEXT).heading}
      </h2>
      <dl className="space-y-3 m-0">
        {groups.map((g) => (
          <div key={`${g.relation} ${g.direction}`}>
            <dt className="font-semibold">{groupLabel(g, zh)}</dt>
            <dd className="m-0">
              <ul className="flex flex-wrap gap-x-3 gap-y-1 list-none p-0 m-0">
                {g.ids.map((rid) => {
                  const e = site.getEntry(rid);
                  if (!e) return null;
                  return (
                    <li key={rid}>
                      <a href={href(entryHref(e.kind, e.id))}>{titleOf(site, e).text}</a>{' '}
                      <span className="muted text-xs">{zh ? KIND_INFO[e.kind].labelZh : KIND_INFO[e.kind].label}</span>
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
