import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { Disclaimer } from '@/components/entry/disclaimer';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { MapControls, type NodeDetail } from '@/components/map/map-controls.client';
import { MechanismMap } from '@/components/map/mechanism-map';
import { RelationsList } from '@/components/map/relations-list';
import { getSite, type Entry, type Site } from '@/lib/site/get-site';
import {
  AREA_INFO,
  AREAS,
  badgesOf,
  EVIDENCE_LABEL,
  EVIDENCE_LABEL_ZH,
  KIND_INFO,
  ORIGIN_ZH,
  relationLabel,
  TIMING_LABEL_ZH,
  type Kind,
} from '@/lib/content/kinds';
import { BIOMARKER_TYPE_ZH } from '@/lib/content/kinds/biomarker';
import { ENTITY_TYPE_ZH, ROLE_ZH } from '@/lib/content/kinds/cell-or-molecule';
import { shownStage } from '@/lib/content/kinds/strategy';
import { layoutMap, MAP_LABELS_ZH } from '@/lib/map/layout';
import { getLocale, href, text } from '@/components/i18n/locale';
import { altTitleOf, summaryOf, titleOf } from '@/components/i18n/entry-text';
import { MAP_TEXT } from '@/components/map/map-text';
import { SHELL_TEXT } from '@/components/layout/layout-text';
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

/** The same line on a Chinese page, from the Chinese labels of the map kinds' badges. */
function metaZh(e: Entry): string {
  const badges =
    e.kind === 'mechanism'
      ? [ORIGIN_ZH[e.origin], TIMING_LABEL_ZH[e.timing], AREA_INFO[e.area].labelZh]
      : e.kind === 'biomarker'
        ? [BIOMARKER_TYPE_ZH[e.biomarkerType]]
        : e.kind === 'cell-or-molecule'
          ? [ENTITY_TYPE_ZH[e.entityType], ROLE_ZH[e.role]]
          : e.kind === 'strategy'
            ? [shownStage(e, e.derived)?.labelZh].filter((x): x is string => !!x)
            : [];
  return [...badges, EVIDENCE_LABEL_ZH[e.evidenceContext]].join(' · ');
}

/** The model with the page's language on it: node labels and edge labels in Chinese on a Chinese page. */
function localModel(site: Site, model: MapModel): MapModel {
  if (getLocale() !== 'zh') return model;
  return {
    nodes: model.nodes.map((n) => {
      const e = site.getEntry(n.id);
      return e ? { ...n, label: titleOf(site, e).text } : n;
    }),
    edges: model.edges.map((e) => ({ ...e, label: relationLabel(e.relation, 'zh'), inverse: relationLabel(e.relation, 'zh', 'inverse') })),
  };
}

/** What the details panel shows for each node: summary plus its map relations, read from the node's side. */
function nodeDetails(site: Site, entries: Entry[], model: MapModel): Record<string, NodeDetail> {
  const zh = getLocale() === 'zh';
  const byId = new Map(entries.map((e) => [e.id as string, e]));
  const rank = new Map(entries.map((e, i) => [e.id as string, i]));
  const title = (id: string) => {
    const e = byId.get(id);
    return e ? titleOf(site, e).text : id;
  };
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
    const main = titleOf(site, e);
    const other = altTitleOf(e);
    const summary = summaryOf(site, e);
    out[n.id] = {
      title: main.text,
      titleZh: other.text,
      ...(main.lang && { titleLang: main.lang }),
      ...(zh && { altLang: 'en' }),
      ...(summary.lang && { summaryLang: summary.lang }),
      kind: zh ? KIND_INFO[e.kind].labelZh : KIND_INFO[e.kind].label,
      meta: zh ? metaZh(e) : meta(e),
      summary: summary.text,
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
  const t = text(MAP_TEXT);
  const zh = getLocale() === 'zh';
  const kindLabel = (k: Kind) => (zh ? KIND_INFO[k].labelZh : KIND_INFO[k].label);
  const edges = MAP_RELATIONS.map((r) => ({
    type: r.field,
    text: t.legendEdge(relationLabel(r.key, zh ? 'zh' : 'en'), kindLabel(r.kind), kindLabel(r.target!), r.kind === r.target),
  }));
  return (
    <ul className="map-legend" aria-label={t.legend}>
      {MAP_KINDS.map((k) => (
        <li key={k}>
          <span className={`map-swatch map-swatch-${k}`} aria-hidden="true" />
          {zh ? KIND_INFO[k].labelZh : KIND_INFO[k].plural}
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
  const locale = getLocale();
  const zh = locale === 'zh';
  const t = text(MAP_TEXT);
  const model = localModel(site, buildMapModel(site.entries, site.graph.facts));
  const layout = layoutMap(model, zh ? { labels: MAP_LABELS_ZH } : {});
  const mechanisms = model.nodes.filter((n) => n.kind === 'mechanism');
  const areas = AREAS.map((a) => ({
    id: a,
    label: zh ? AREA_INFO[a].labelZh : AREA_INFO[a].label,
    count: mechanisms.filter((m) => m.area === a).length,
  })).filter((a) => a.count > 0);
  const kinds = MAP_KINDS.map((k) => ({
    id: k,
    label: zh ? KIND_INFO[k].labelZh : KIND_INFO[k].plural,
    count: model.nodes.filter((n) => n.kind === k).length,
  }));
  const initial = layout.nodes.find((n) => n.column === 1 && n.row === 0)?.id ?? layout.nodes[0].id;
  return (
    <div className="map-page">
      <Breadcrumbs items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { label: t.title }]} />
      <h1 className="text-3xl font-bold m-0">
        {t.title}{' '}
        <span lang={t.altLang} className="muted font-normal text-2xl">
          {t.altTitle}
        </span>
      </h1>
      <p className="mt-2 max-w-3xl">
        {t.intro(mechanisms.length, (x) => (
          <a href="#map-as-text">{x}</a>
        ))}
      </p>
      <p id="map-help" className="text-sm muted max-w-3xl">
        {t.help}
      </p>
      <Legend />
      <MapControls areas={areas} kinds={kinds} details={nodeDetails(site, site.entries, model)} initial={initial} locale={locale}>
        <MechanismMap layout={layout} id={MAP_ID} describedBy="map-help" />
      </MapControls>
      <RelationsList site={site} model={model} />
      <Disclaimer />
    </div>
  );
}
