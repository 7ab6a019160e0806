/**
 * The mechanism map's model: the mechanisms, biomarkers, cells and molecules, and strategies of the corpus, joined
 * by their typed frontmatter relations (never by prose links). Topics and concepts are left out.
 */
import type { Entry } from '../content/build-corpus';
import type { EntryId } from '../content/ids';
import { canonicalRelation, RELATIONS, type Area, type Relation, type RelationKey } from '../content/kinds';
import type { RelationFact } from '../graph/build-graph';

/** The kinds drawn on the map, in column order (strategies and cells share the right-hand column). */
export const MAP_KINDS = ['biomarker', 'mechanism', 'strategy', 'cell-or-molecule'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

const isMapKind = (k: string | null): k is MapKind => k !== null && (MAP_KINDS as readonly string[]).includes(k);

/**
 * The typed relations drawn as edges, derived from the registry: every canonical relation between two map kinds
 * (a relation that states the same fact as another is drawn once, as its canonical form).
 */
export const MAP_RELATIONS: readonly Relation[] = RELATIONS.filter(
  (r) => isMapKind(r.kind) && isMapKind(r.target) && canonicalRelation(r.key).relation.key === r.key,
);
/** The field names of MAP_RELATIONS, in order: edge classes in the drawing (`map-edge-biomarkers`). */
export const MAP_EDGE_TYPES: readonly string[] = MAP_RELATIONS.map((r) => r.field);
export type MapEdgeType = string;

export interface MapNode {
  id: EntryId;
  kind: MapKind;
  title: string;
  /** The text drawn in the node when it is not the (English) title: the title in the page's language. */
  label?: string;
  /** The mechanism's area; null for other kinds. */
  area: Area | null;
  /** The entry's list position (`order`, 10000 when unset); ties fall back to title, then id. */
  order: number;
}

export interface MapEdge {
  /** A mechanism, except for `suppresses` (cell or molecule → cell or molecule). */
  source: EntryId;
  target: EntryId;
  /** The canonical relation drawn. */
  relation: RelationKey;
  /** Its field name, the edge's class in the drawing. */
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

/** Orders nodes as the site lists entries: `order`, then title, then id. */
export function compareNodes(a: MapNode, b: MapNode): number {
  return a.order - b.order || a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Builds the map from validated entries and the graph's relation facts (where `strategy.targets` and
 * `mechanism.strategies` are already one fact). Edges are unique per (source, target, relation) and sorted by
 * source, relation and target, so the model does not depend on input order.
 */
export function buildMapModel(entries: readonly Entry[], facts: readonly RelationFact[]): MapModel {
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
  const onMap = new Set<string>(nodes.map((n) => n.id));
  const drawn = new Set<string>(MAP_RELATIONS.map((r) => r.key));
  const out = new Map<string, MapEdge>();
  for (const f of facts) {
    if (!drawn.has(f.relation.key) || !onMap.has(f.source) || !onMap.has(f.target)) continue;
    const key = `${f.source}\u0000${f.target}\u0000${f.relation.key}`;
    if (!out.has(key))
      out.set(key, {
        source: f.source,
        target: f.target,
        relation: f.relation.key,
        type: f.relation.field,
        label: f.relation.label,
        inverse: f.relation.inverse,
      });
  }
  const typeIndex = (t: string) => MAP_EDGE_TYPES.indexOf(t);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...out.values()].sort(
    (a, b) => cmp(a.source, b.source) || typeIndex(a.type) - typeIndex(b.type) || cmp(a.target, b.target),
  );
  return { nodes, edges: sorted };
}
