/**
 * The mechanism map's model: the mechanisms, biomarkers, cells and molecules, and strategies of the corpus, joined
 * by their typed frontmatter relations (never by prose links). Topics and concepts are left out.
 */
import type { Entry } from '../content/build-corpus';
import type { EntryId } from '../content/ids';
import type { Area } from '../content/kinds';
import { RELATIONS } from '../content/schema';
import { INVERSE_LABEL, type Edge } from '../graph/build-graph';

/** The kinds drawn on the map, in column order (strategies and cells share the right-hand column). */
export const MAP_KINDS = ['biomarker', 'mechanism', 'strategy', 'cell-or-molecule'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

/** The typed relations drawn as edges; each reads from `source` to `target` as its RELATIONS label says. */
export const MAP_EDGE_TYPES = ['biomarkers', 'strategies', 'involves', 'suppresses'] as const;
export type MapEdgeType = (typeof MAP_EDGE_TYPES)[number];

export interface MapNode {
  id: EntryId;
  kind: MapKind;
  title: string;
  /** The mechanism's area; null for other kinds. */
  area: Area | null;
  /** The entry's list position (`order`, 10000 when unset); ties fall back to title, then id. */
  order: number;
}

export interface MapEdge {
  /** A mechanism, except for `suppresses` (cell or molecule → cell or molecule). */
  source: EntryId;
  target: EntryId;
  type: MapEdgeType;
  /** Reading from source to target: "signalled by", "targeted by", "involves", "suppresses". */
  label: string;
  /** Reading from target to source: "signals", "targets", "involved in", "suppressed by". */
  inverse: string;
}

export interface MapModel {
  nodes: MapNode[];
  edges: MapEdge[];
}

const isMapKind = (k: string): k is MapKind => (MAP_KINDS as readonly string[]).includes(k);

/** Orders nodes as the site lists entries: `order`, then title, then id. */
export function compareNodes(a: MapNode, b: MapNode): number {
  return a.order - b.order || a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Builds the map from validated entries and the graph's edges. `strategy.targets` and `mechanism.strategies` state
 * the same fact from both ends, so both become one mechanism → strategy edge ("targeted by"). Edges are unique per
 * (source, target, type) and sorted by source, type and target, so the model does not depend on input order.
 */
export function buildMapModel(entries: readonly Entry[], edges: readonly Edge[]): MapModel {
  const nodes: MapNode[] = entries
    .filter((e) => isMapKind(e.kind))
    .map((e) => ({
      id: e.id,
      kind: e.kind as MapKind,
      title: e.title,
      area: e.kind === 'mechanism' ? e.area : null,
      order: e.order ?? 10000,
    }))
    .sort(compareNodes);
  const kindOf = new Map(nodes.map((n) => [n.id as string, n.kind]));
  const out = new Map<string, MapEdge>();
  const add = (source: EntryId, target: EntryId, type: MapEdgeType) => {
    const key = `${source}\u0000${target}\u0000${type}`;
    if (out.has(key)) return;
    const field = type === 'suppresses' ? RELATIONS['cell-or-molecule'].suppresses : RELATIONS.mechanism[type];
    out.set(key, { source, target, type, label: field.label, inverse: INVERSE_LABEL[type] });
  };
  for (const e of edges) {
    const s = kindOf.get(e.source);
    const t = kindOf.get(e.target);
    if (!s || !t) continue;
    if (s === 'mechanism' && (e.type === 'biomarkers' || e.type === 'strategies' || e.type === 'involves')) add(e.source, e.target, e.type);
    else if (s === 'strategy' && t === 'mechanism' && e.type === 'targets') add(e.target, e.source, 'strategies');
    else if (s === 'cell-or-molecule' && t === 'cell-or-molecule' && e.type === 'suppresses') add(e.source, e.target, 'suppresses');
  }
  const typeIndex = (t: MapEdgeType) => MAP_EDGE_TYPES.indexOf(t);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...out.values()].sort((a, b) => cmp(a.source, b.source) || typeIndex(a.type) - typeIndex(b.type) || cmp(a.target, b.target));
  return { nodes, edges: sorted };
}
