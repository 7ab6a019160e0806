/**
 * The link graph, a by-product of compilation: typed frontmatter relations plus every prose link and <Term>.
 * Backlinks are the reverse index of the same edges. Relation facts ("the same fact seen from both ends",
 * merged once) are what the relation lists, the map and the strategy matrix read.
 */
import type { Entry } from '../content/build-corpus';
import { LINKED_FROM_HOME } from '../content/checks/reachability';
import type { EntryId } from '../content/ids';
import { canonicalRelation, relationsOf, relationTargets, type Kind, type Relation, type RelationKey } from '../content/kinds';

export type EdgeType = RelationKey | 'link';

export interface Edge {
  source: EntryId;
  target: EntryId;
  /** The relation that declares the edge (`mechanism.biomarkers`), or `link` for a prose link. */
  type: EdgeType;
  /** Reading of the edge from source to target ("signalled by", "targets", "links to"). */
  label: string;
  /** For prose links: the sentence that contains the link. */
  sentence?: string;
  /** For prose links: the anchor on the target page. */
  anchor?: string | null;
}

export interface GraphNode {
  id: EntryId;
  kind: Kind;
  title: string;
}

/**
 * One typed fact, whichever end declared it: `source` → `target` read as `relation.label` (and back as
 * `relation.inverse`). `relation` is canonical, so `strategy.targets` and `mechanism.strategies` give one fact.
 */
export interface RelationFact {
  relation: Relation;
  source: EntryId;
  target: EntryId;
  /** Which end lists the other: the source, the target, or both. */
  declaredBy: 'source' | 'target' | 'both';
}

export interface Graph {
  nodes: GraphNode[];
  edges: Edge[];
  /** Typed relations merged into facts, in entry order, then relation order. */
  facts: RelationFact[];
  /** Edges by source id. */
  outgoing: Map<EntryId, Edge[]>;
  /** Edges by target id (backlinks). */
  incoming: Map<EntryId, Edge[]>;
}

/**
 * Merges typed edges into facts: an edge of a relation with `sameFactAs` is turned to its canonical reading, and
 * the two declarations of one fact become one fact declared by both. Deterministic: first declaration order.
 */
export function relationFacts(edges: readonly Edge[]): RelationFact[] {
  const facts = new Map<string, RelationFact>();
  for (const e of edges) {
    if (e.type === 'link') continue;
    const { relation, flipped } = canonicalRelation(e.type);
    const [source, target] = flipped ? [e.target, e.source] : [e.source, e.target];
    const side = flipped ? 'target' : 'source';
    const key = `${relation.key}\u0000${source}\u0000${target}`;
    const prev = facts.get(key);
    if (!prev) facts.set(key, { relation, source, target, declaredBy: side });
    else if (prev.declaredBy !== side) prev.declaredBy = 'both';
  }
  return [...facts.values()];
}

/** Builds the graph from validated entries. Deterministic: edges keep entry order, then field order. */
export function buildGraph(entries: readonly Entry[]): Graph {
  const nodes: GraphNode[] = entries.map((e) => ({ id: e.id, kind: e.kind, title: e.title }));
  const known = new Set<string>(entries.map((e) => e.id));
  const edges: Edge[] = [];
  for (const e of entries) {
    for (const rel of relationsOf(e.kind)) {
      for (const t of relationTargets(e, rel)) {
        if (known.has(t)) edges.push({ source: e.id, target: t as EntryId, type: rel.key, label: rel.label });
      }
    }
    for (const l of e.links) {
      if (known.has(l.target) && l.target !== e.id) {
        edges.push({ source: e.id, target: l.target as EntryId, type: 'link', label: 'links to', sentence: l.sentence, anchor: l.anchor });
      }
    }
  }
  const outgoing = new Map<EntryId, Edge[]>();
  const incoming = new Map<EntryId, Edge[]>();
  for (const edge of edges) {
    if (!outgoing.has(edge.source)) outgoing.set(edge.source, []);
    outgoing.get(edge.source)!.push(edge);
    if (!incoming.has(edge.target)) incoming.set(edge.target, []);
    incoming.get(edge.target)!.push(edge);
  }
  return { nodes, edges, facts: relationFacts(edges), outgoing, incoming };
}

/** Prose backlinks to `id`: one per linking entry (its first linking sentence), in corpus order. */
export function backlinks(graph: Graph, id: EntryId): Edge[] {
  const seen = new Set<EntryId>();
  return (graph.incoming.get(id) ?? []).filter((e) => e.type === 'link' && !seen.has(e.source) && seen.add(e.source));
}

export interface RelationGroup {
  /** The canonical relation and the direction it is read in from this entry. */
  relation: RelationKey;
  direction: 'forward' | 'inverse';
  label: string;
  ids: EntryId[];
}

/**
 * Typed relations of `id` seen from its own page: facts where it is the source read by the relation's label,
 * facts where it is the target read by the inverse label. Groups of the entry's own relations come first, in
 * declaration order; each group lists an id once.
 */
export function relationGroups(graph: Graph, id: EntryId): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  // A relation that reads the same both ways ("related to", declared by every kind) is one group whichever entry
  // lists the other: who lists whom is not the reader's concern.
  const group = (relation: Relation, asked: RelationGroup['direction']) => {
    const symmetric = relation.label === relation.inverse;
    const direction = symmetric ? 'forward' : asked;
    const key = symmetric ? `reads both ways: ${relation.label}` : `${relation.key} ${direction}`;
    let g = groups.get(key);
    if (!g) {
      g = { relation: relation.key, direction, label: direction === 'forward' ? relation.label : relation.inverse, ids: [] };
      groups.set(key, g);
    }
    return g;
  };
  const node = graph.nodes.find((n) => n.id === id);
  if (node) {
    for (const r of relationsOf(node.kind)) {
      const { relation, flipped } = canonicalRelation(r.key);
      group(relation, flipped ? 'inverse' : 'forward');
    }
  }
  for (const f of graph.facts) {
    if (f.source === id && f.target !== id) {
      const g = group(f.relation, 'forward');
      if (!g.ids.includes(f.target)) g.ids.push(f.target);
    } else if (f.target === id && f.source !== id) {
      const g = group(f.relation, 'inverse');
      if (!g.ids.includes(f.source)) g.ids.push(f.source);
    }
  }
  return [...groups.values()].filter((g) => g.ids.length);
}

/**
 * Entries that nothing links to or relates to (excluding the kinds the home page links, LINKED_FROM_HOME). The
 * corpus check (lib/content/checks/reachability.ts) reports each one, located; this is the graph's view of it.
 */
export function orphans(graph: Graph, entries: readonly Entry[]): EntryId[] {
  return entries
    .filter((e) => !LINKED_FROM_HOME.includes(e.kind) && !(graph.incoming.get(e.id) ?? []).some((x) => x.source !== e.id))
    .map((e) => e.id);
}
