import type { Entry, Site } from '@/lib/site/get-site';
import { AREA_INFO, AREAS, relationLabel, type RelationKey } from '@/lib/content/kinds';
import { getLocale, href, text } from '@/components/i18n/locale';
import { titleOf } from '@/components/i18n/entry-text';
import { MAP_TEXT } from './map-text';
import type { MapModel } from '@/lib/map/model';
import { EntryLinks } from '@/components/entry/entry-links';
import { entryHref } from '@/lib/site/routes';

/** The relations listed per mechanism, in this order. */
const MECHANISM_RELATIONS: readonly RelationKey[] = ['mechanism.biomarkers', 'mechanism.strategies', 'mechanism.involves'];
const SUPPRESSES: RelationKey = 'cell-or-molecule.suppresses';

function Links({ site, ids }: { site: Site; ids: string[] }) {
  const entries = ids.map((id) => site.getEntry(id)).filter((e): e is Entry => e !== undefined);
  return <EntryLinks entries={entries} />;
}

/**
 * The map's text alternative: every edge drawn on the map, as lists grouped by mechanism (per area) and, for
 * `suppresses`, by cell or molecule. Server-rendered; it is the map for readers who cannot use the picture.
 */
export function RelationsList({ site, model }: { site: Site; model: MapModel }) {
  const byMechanism = new Map<string, Map<string, string[]>>();
  const suppresses = new Map<string, string[]>();
  for (const e of model.edges) {
    if (e.relation === SUPPRESSES) {
      suppresses.set(e.source, [...(suppresses.get(e.source) ?? []), e.target]);
      continue;
    }
    const groups = byMechanism.get(e.source) ?? new Map<string, string[]>();
    groups.set(e.relation, [...(groups.get(e.relation) ?? []), e.target]);
    byMechanism.set(e.source, groups);
  }
  // Within a group, targets follow the site's list order.
  const rank = new Map(site.entries.map((e, i) => [e.id as string, i]));
  const sorted = (ids: string[]) => [...ids].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const mechanisms = site.byKind('mechanism');
  const cells = site.byKind('cell-or-molecule').filter((c) => suppresses.has(c.id));
  const t = text(MAP_TEXT);
  const locale = getLocale();
  const heading = (e: Entry) => {
    const title = titleOf(site, e);
    return (
      <a href={href(entryHref(e.kind, e.id))} className="font-semibold" lang={title.lang}>
        {title.text}
      </a>
    );
  };
  return (
    <section aria-labelledby="map-as-text" className="map-relations mt-10">
      <h2 id="map-as-text" className="text-2xl font-bold">
        {t.asTextTitle}
      </h2>
      <p className="max-w-3xl">
        {t.asTextIntro((x) => (
          <em>{x}</em>
        ))}
      </p>
      {AREAS.map((area) => {
        const inArea = mechanisms.filter((m) => m.kind === 'mechanism' && m.area === area);
        if (!inArea.length) return null;
        return (
          <section key={area} aria-labelledby={`map-text-${area}`}>
            <h3 id={`map-text-${area}`} className="text-lg font-semibold mt-6 mb-2">
              {locale === 'zh' ? AREA_INFO[area].labelZh : AREA_INFO[area].label}
            </h3>
            <ul className="list-none p-0 m-0 grid gap-3 md:grid-cols-2">
              {inArea.map((m) => {
                const groups = byMechanism.get(m.id);
                return (
                  <li key={m.id} id={`relations-${m.id}`} className="card p-3 text-sm">
                    {heading(m)}
                    <dl className="m-0 mt-1">
                      {MECHANISM_RELATIONS.filter((r) => groups?.get(r)?.length).map((r) => (
                        <div key={r}>
                          <dt>{relationLabel(r, locale)}</dt>
                          <dd>
                            <Links site={site} ids={sorted(groups!.get(r)!)} />
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {cells.length > 0 && (
        <section aria-labelledby="map-text-suppresses">
          <h3 id="map-text-suppresses" className="text-lg font-semibold mt-6 mb-2">
            {t.suppressors}
          </h3>
          <ul className="list-none p-0 m-0 grid gap-3 md:grid-cols-2">
            {cells.map((c) => (
              <li key={c.id} id={`relations-${c.id}`} className="card p-3 text-sm">
                {heading(c)}
                <dl className="m-0 mt-1">
                  <div>
                    <dt>{relationLabel(SUPPRESSES, locale)}</dt>
                    <dd>
                      <Links site={site} ids={sorted(suppresses.get(c.id)!)} />
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
