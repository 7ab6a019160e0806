/**
 * The link graph, a by-product of compilation: typed frontmatter relations plus every prose link and <Term>.
 * Backlinks are the reverse index of the same edges.
 */
import type { Entry } from '../content/build-corpus';
import type { EntryId } from '../content/ids';
import type { Kind } from '../content/kinds';
import { RELATIONS } from '../content/schema';

export type EdgeType = 'related' | 'biomarkers' | 'strategies' | 'involves' | 'suppresses' | 'targets' | 'entries' | 'link';

export interface Edge {
  source: EntryId;
  target: EntryId;
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

export interface Graph {
  nodes: GraphNode[];
  edges: Edge[];
  /** Edges by source id. */
  outgoing: Map<EntryId, Edge[]>;
  /** Edges by target id (backlinks). */
  incoming: Map<EntryId, Edge[]>;
}

/** How an edge reads from its target's side, for "related" panels. */
export const INVERSE_LABEL: Record<EdgeType, string> = {
  related: 'related to',
  biomarkers: 'signals',
  strategies: 'targets',
  involves: 'involved in',
  suppresses: 'suppressed by',
  targets: 'targeted by',
  entries: 'part of',
  link: 'linked from',
};

/** Builds the graph from validated entries. Deterministic: edges keep entry order, then field order. */
export function buildGraph(entries: readonly Entry[]): Graph {
  const nodes: GraphNode[] = entries.map((e) => ({ id: e.id, kind: e.kind, title: e.title }));
  const known = new Set(entries.map((e) => e.id));
  const edges: Edge[] = [];
  for (const e of entries) {
    const fields = RELATIONS[e.kind];
    for (const [field, rel] of Object.entries(fields)) {
      const ids = (e as unknown as Record<string, unknown>)[field];
      if (!Array.isArray(ids)) continue;
      for (const t of ids) {
        if (known.has(t)) edges.push({ source: e.id, target: t, type: field as EdgeType, label: rel.label });
      }
    }
    for (const l of e.links) {
      if (known.has(l.target as EntryId) && l.target !== e.id) {
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
  return { nodes, edges, outgoing, incoming };
}

/** Prose backlinks to `id`: one per linking entry (its first linking sentence), in corpus order. */
export function backlinks(graph: Graph, id: EntryId): Edge[] {
  const seen = new Set<EntryId>();
  return (graph.incoming.get(id) ?? []).filter((e) => e.type === 'link' && !seen.has(e.source) && seen.add(e.source));
}

/**
 * Typed relations of `id` seen from its own page, grouped by label: outgoing labels as declared, incoming ones
 * by their inverse reading. mechanism.strategies and strategy.targets describe the same fact, so both land in
 * one group; each group lists an id once.
 */
export function relationGroups(graph: Graph, id: EntryId): { label: string; ids: EntryId[] }[] {
  const groups = new Map<string, EntryId[]>();
  const add = (label: string, other: EntryId) => {
    const list = groups.get(label) ?? [];
    if (!list.includes(other) && other !== id) list.push(other);
    groups.set(label, list);
  };
  for (const e of graph.outgoing.get(id) ?? []) if (e.type !== 'link') add(e.label, e.target);
  for (const e of graph.incoming.get(id) ?? []) if (e.type !== 'link') add(INVERSE_LABEL[e.type], e.source);
  return [...groups].filter(([, ids]) => ids.length).map(([label, ids]) => ({ label, ids }));
}

/** Entries that nothing links to or relates to (excluding topics, which are reached from the home page). */
export function orphans(graph: Graph, entries: readonly Entry[]): EntryId[] {
  return entries.filter((e) => e.kind !== 'topic' && !(graph.incoming.get(e.id) ?? []).some((x) => x.source !== e.id)).map((e) => e.id);
}
