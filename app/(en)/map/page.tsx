import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { Disclaimer } from '@/components/entry/disclaimer';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { MapControls, type NodeDetail } from '@/components/map/map-controls.client';
import { MechanismMap } from '@/components/map/mechanism-map';
import { RelationsList } from '@/components/map/relations-list';
import { getSite, type Entry } from '@/lib/site/get-site';
import { AREA_INFO, AREAS, badgesOf, EVIDENCE_LABEL, KIND_INFO } from '@/lib/content/kinds';
import { layoutMap } from '@/lib/map/layout';
import { buildMapModel, MAP_EDGE_TYPES, MAP_KINDS, MAP_RELATIONS, type MapModel } from '@/lib/map/model';
import '@/components/map/map.css';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    '/map',
    { en: 'Mechanism map', zh: '耐药机制图谱' },
    {
      en: 'An interactive map of resistance mechanisms in NSCLC immunotherapy, the biomarkers that signal them, the cells and molecules they involve and the strategies studied against them.',
      zh: '非小细胞肺癌免疫治疗耐药机制的交互式图谱：提示这些机制的生物标志物、参与其中的细胞与分子，以及针对它们开展研究的策略。',
    },
  );
}

const MAP_ID = 'mechanism-map';

/** The node's classification line: its kind's badges (declared in the registry), then the evidence context. */
function meta(e: Entry): string {
  return [...badgesOf(e).map((b) => b.label), EVIDENCE_LABEL[e.evidenceContext]].join(' · ');
}

/** What the details panel shows for each node: summary plus its map relations, read from the node's side. */
function nodeDetails(entries: Entry[], model: MapModel): Record<string, NodeDetail> {
  const byId = new Map(entries.map((e) => [e.id as string, e]));
  const rank = new Map(entries.map((e, i) => [e.id as string, i]));
  const title = (id: string) => byId.get(id)?.title ?? id;
  const out: Record<string, NodeDetail> = {};
  for (const n of model.nodes) {
    const e = byId.get(n.id)!;
    const groups = new Map<string, string[]>();
    const add = (label: string, id: string) => groups.set(label, [...(groups.get(label) ?? []), id]);
    for (const type of MAP_EDGE_TYPES) {
      for (const edge of model.edges) if (edge.type === type && edge.source === n.id) add(edge.label, edge.target);
    }
    for (const type of MAP_EDGE_TYPES) {
      for (const edge of model.edges) if (edge.type === type && edge.target === n.id) add(edge.inverse, edge.source);
    }
    out[n.id] = {
      title: e.title,
      titleZh: e.titleZh,
      kind: KIND_INFO[e.kind].label,
      meta: meta(e),
      summary: e.summary,
      // Related entries in the site's list order, as in the text alternative.
      relations: [...groups].map(([label, ids]) => ({
        label,
        items: ids.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)).map(title),
      })),
    };
  }
  return out;
}

function Legend() {
  const edges = MAP_RELATIONS.map((r) => ({
    type: r.field,
    text: `${r.label} (${KIND_INFO[r.kind].label.toLowerCase()} → ${KIND_INFO[r.target!].label.toLowerCase()}${r.kind === r.target ? ', arrow' : ''})`,
  }));
  return (
    <ul className="map-legend" aria-label="Legend">
      {MAP_KINDS.map((k) => (
        <li key={k}>
          <span className={`map-swatch map-swatch-${k}`} aria-hidden="true" />
          {KIND_INFO[k].plural}
        </li>
      ))}
      {edges.map((e) => (
        <li key={e.type}>
          <svg width="32" height="10" aria-hidden="true">
            <path d="M1 5H31" className={`map-edge map-edge-${e.type}`} />
          </svg>
          {e.text}
        </li>
      ))}
    </ul>
  );
}

export default async function MapPage() {
  const site = await getSite();
  const model = buildMapModel(site.entries, site.graph.facts);
  const layout = layoutMap(model);
  const mechanisms = model.nodes.filter((n) => n.kind === 'mechanism');
  const areas = AREAS.map((a) => ({ id: a, label: AREA_INFO[a].label, count: mechanisms.filter((m) => m.area === a).length })).filter(
    (a) => a.count > 0,
  );
  const kinds = MAP_KINDS.map((k) => ({ id: k, label: KIND_INFO[k].plural, count: model.nodes.filter((n) => n.kind === k).length }));
  const initial = layout.nodes.find((n) => n.column === 1 && n.row === 0)?.id ?? layout.nodes[0].id;
  return (
    <div className="map-page">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Mechanism map' }]} />
      <h1 className="text-3xl font-bold m-0">
        Mechanism map{' '}
        <span lang="zh-Hans" className="muted font-normal text-2xl">
          耐药机制图谱
        </span>
      </h1>
      <p className="mt-2 max-w-3xl">
        {mechanisms.length} resistance mechanisms, grouped by the areas of the source review, with the biomarkers that signal them, the
        cells and molecules they involve and the strategies studied against them. Every line is a typed relation from an entry; every box
        opens its entry. The same relations are listed <a href="#map-as-text">as text</a> below the map.
      </p>
      <p id="map-help" className="text-sm muted max-w-3xl">
        Keyboard: Tab moves into the map; the arrow keys move between entries (Up and Down within a column, Left and Right across columns,
        Home and End to the ends of a column); Enter opens the entry. The filters hide areas and kinds.
      </p>
      <Legend />
      <MapControls areas={areas} kinds={kinds} details={nodeDetails(site.entries, model)} initial={initial}>
        <MechanismMap layout={layout} id={MAP_ID} describedBy="map-help" />
      </MapControls>
      <RelationsList site={site} model={model} />
      <Disclaimer />
    </div>
  );
}
