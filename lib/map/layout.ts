/**
 * Deterministic layout of the mechanism map, computed at build time: three columns (biomarkers, then cells and
 * molecules | mechanisms grouped by area | strategies), node order chosen by barycentre sweeps that reduce edge
 * crossings, and vertical positions pulled towards each node's neighbours without ever overlapping.
 *
 * Same model in, same picture out: no randomness, no floating-point accumulation across runs, and input order does
 * not matter (nodes are sorted first). The SVG is drawn from this result on the server.
 */
import { AREA_INFO, AREAS, type Area } from '../content/kinds';
import { compareNodes, type MapEdge, type MapKind, type MapModel, type MapNode } from './model';

export interface LayoutOptions {
  /** Width of every node box. */
  nodeWidth: number;
  /** Characters per label line (greedy word wrap). */
  charsPerLine: number;
  /** Lines per label; longer labels end with an ellipsis. */
  maxLines: number;
  lineHeight: number;
  /** Vertical padding inside a node, above and below its text. */
  padY: number;
  /** Vertical space between nodes of a column. */
  gap: number;
  /** Extra space above a group heading that follows another group. */
  groupGap: number;
  /** Height of one line of a group heading. */
  headingLine: number;
  /** Characters per group-heading line. */
  headingChars: number;
  /** Horizontal space between columns, where the edges run. */
  columnGap: number;
  /** Room left of the first column for the arcs of `suppresses` edges (cell → cell, both in that column). */
  arcRoom: number;
  margin: number;
  /** Room above the columns for their headings. */
  top: number;
  /** Barycentre sweeps; the ordering with the fewest crossings seen is kept. */
  sweeps: number;
  /** Column and group headings (English unless a Chinese page passes MAP_LABELS_ZH). */
  labels: MapLabels;
}

/** The headings drawn on the map, in one language. */
export interface MapLabels {
  columns: readonly [string, string, string];
  biomarkerGroup: string;
  cellGroup: string;
  area: Record<Area, string>;
}

/** Sized for 12px labels, so that the map and a 16rem details panel fit side by side in the page's 70rem. */
export const DEFAULT_LAYOUT: LayoutOptions = {
  nodeWidth: 188,
  charsPerLine: 26,
  maxLines: 3,
  lineHeight: 15,
  padY: 8,
  gap: 8,
  groupGap: 16,
  headingLine: 14,
  headingChars: 30,
  columnGap: 100,
  arcRoom: 64,
  margin: 8,
  top: 34,
  sweeps: 8,
  labels: {
    columns: ['Biomarkers · cells and molecules', 'Mechanisms by area', 'Strategies (targeted by)'],
    biomarkerGroup: 'Biomarkers (signalled by)',
    cellGroup: 'Cells and molecules (involves)',
    area: Object.fromEntries(AREAS.map((a) => [a, AREA_INFO[a].label])) as Record<Area, string>,
  },
};

/** The map's headings on a Chinese page. */
export const MAP_LABELS_ZH: MapLabels = {
  columns: ['生物标志物 · 细胞与分子', '按领域划分的耐药机制', '策略（针对机制）'],
  biomarkerGroup: '生物标志物（提示机制）',
  cellGroup: '细胞与分子（参与机制）',
  area: Object.fromEntries(AREAS.map((a) => [a, AREA_INFO[a].labelZh])) as Record<Area, string>,
};

export interface PositionedNode extends MapNode {
  /** 0 biomarkers and cells or molecules, 1 mechanisms, 2 strategies. */
  column: number;
  /** Position within the column, top to bottom, from 0. */
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Wrapped label lines. */
  lines: string[];
  /** For non-mechanisms: the areas of the mechanisms this node is linked to (sorted in AREAS order). */
  areas: Area[];
}

export interface PositionedEdge extends MapEdge {
  /** SVG path data. */
  d: string;
  /** Where the edge's label sits (the curve's midpoint). */
  labelX: number;
  labelY: number;
  /** The mechanism's area for mechanism edges; null for `suppresses`. */
  area: Area | null;
}

export interface Heading {
  x: number;
  y: number;
  lines: string[];
  /** Set for the heading of a mechanism area group. */
  area?: Area;
  /** Set for the heading of a kind group or column. */
  kind?: MapKind;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PositionedNode[];
  edges: PositionedEdge[];
  columnHeadings: Heading[];
  groupHeadings: Heading[];
  /** Edge crossings between adjacent columns in the chosen ordering, and in the plain list ordering. */
  crossings: number;
  baselineCrossings: number;
}

export const COLUMN_TITLES = DEFAULT_LAYOUT.labels.columns;

const CJK_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Wraps text that contains Chinese: a Han character (or full-width sign) is as wide as two Latin characters, and a
 * line may break between any two of them; Latin runs stay whole where they fit. Same contract as wrapLabel.
 */
function wrapCjk(text: string, width: number, maxLines: number): string[] {
  const tokens = text.trim().match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|\s+|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/g) ?? [];
  const w = (t: string) => (CJK_CHAR.test(t) ? 2 : t.length);
  const lines: string[] = [];
  let cur = '';
  let used = 0;
  for (const tok of tokens) {
    if (/^\s+$/.test(tok)) {
      if (cur) {
        cur += ' ';
        used += 1;
      }
      continue;
    }
    if (used + w(tok) > width && cur.trim()) {
      lines.push(cur.trim());
      cur = '';
      used = 0;
    }
    cur += tok;
    used += w(tok);
  }
  if (cur.trim() || !lines.length) lines.push(cur.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, -1)}…`;
  return kept;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Greedy word wrap into at most `maxLines` lines of at most `width` characters. A word longer than a line is split;
 * text that does not fit ends with "…". Always returns at least one line.
 */
export function wrapLabel(text: string, width: number, maxLines: number): string[] {
  if (CJK_CHAR.test(text)) return wrapCjk(text, width, maxLines);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  const push = (w: string) => {
    if (!cur) cur = w;
    else if (cur.length + 1 + w.length <= width) cur += ` ${w}`;
    else {
      lines.push(cur);
      cur = w;
    }
  };
  for (const word of words) {
    let w = word;
    while (w.length > width) {
      push(w.slice(0, width));
      w = w.slice(width);
    }
    push(w);
  }
  if (cur || !lines.length) lines.push(cur);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/**
 * Crossings of a two-layer drawing: `pairs` are edges as (position on the left, position on the right). Two edges
 * cross when their ends are in opposite orders; edges that share an end do not cross.
 */
export function countCrossings(pairs: readonly (readonly [number, number])[]): number {
  let n = 0;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const [a, b] = pairs[i];
      const [c, d] = pairs[j];
      if ((a - c) * (b - d) < 0) n++;
    }
  }
  return n;
}

interface Orders {
  biomarkers: MapNode[];
  cells: MapNode[];
  /** Mechanisms per area, in AREAS order (only areas that have mechanisms). */
  mech: { area: Area; nodes: MapNode[] }[];
  strategies: MapNode[];
}

/** Positions of every node within its column, for crossing counts and barycentres. */
function ranks(o: Orders): Map<string, number> {
  const r = new Map<string, number>();
  [...o.biomarkers, ...o.cells].forEach((n, i) => r.set(n.id, i));
  o.mech.flatMap((g) => g.nodes).forEach((n, i) => r.set(n.id, i));
  o.strategies.forEach((n, i) => r.set(n.id, i));
  return r;
}

function crossingsOf(o: Orders, edges: readonly MapEdge[], kindOf: Map<string, MapKind>): number {
  const r = ranks(o);
  const left: [number, number][] = [];
  const right: [number, number][] = [];
  for (const e of edges) {
    if (e.relation === 'cell-or-molecule.suppresses') continue;
    const m = r.get(e.source)!;
    const t = r.get(e.target)!;
    if (kindOf.get(e.target) === 'strategy') right.push([m, t]);
    else left.push([t, m]);
  }
  return countCrossings(left) + countCrossings(right);
}

/** Sorts `nodes` by the mean of their neighbours' normalised positions; `fallback` gives nodes without neighbours a value. */
function byBarycentre(nodes: MapNode[], value: (n: MapNode) => number[], fallback: (n: MapNode, i: number) => number): MapNode[] {
  const keyed = nodes.map((n, i) => {
    const v = value(n);
    return { n, i, b: v.length ? v.reduce((s, x) => s + x, 0) / v.length : fallback(n, i) };
  });
  keyed.sort((a, b) => a.b - b.b || a.i - b.i);
  return keyed.map((k) => k.n);
}

/**
 * Lays out the map. Guarantees: the result depends only on the model's content (not its order); node boxes never
 * overlap and lie inside `width` × `height`; mechanisms are grouped by area in the source review's order; the chosen
 * ordering has no more crossings than the plain list ordering.
 */
export function layoutMap(model: MapModel, options: Partial<LayoutOptions> = {}): MapLayout {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT, ...options };
  const nodes = [...model.nodes].sort(compareNodes);
  const ids = new Set(nodes.map((n) => n.id as string));
  const edges = model.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const kindOf = new Map(nodes.map((n) => [n.id as string, n.kind]));
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (e.relation === 'cell-or-molecule.suppresses') continue;
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }

  const baseline: Orders = {
    biomarkers: nodes.filter((n) => n.kind === 'biomarker'),
    cells: nodes.filter((n) => n.kind === 'cell-or-molecule'),
    mech: AREAS.map((area) => ({ area, nodes: nodes.filter((n) => n.kind === 'mechanism' && n.area === area) })).filter(
      (g) => g.nodes.length,
    ),
    strategies: nodes.filter((n) => n.kind === 'strategy'),
  };
  const baselineCrossings = crossingsOf(baseline, edges, kindOf);

  let cur = baseline;
  let best = baseline;
  let bestCrossings = baselineCrossings;
  for (let s = 0; s < o.sweeps; s++) {
    const mechList = cur.mech.flatMap((g) => g.nodes);
    const mechPos = new Map(mechList.map((n, i) => [n.id as string, mechList.length > 1 ? i / (mechList.length - 1) : 0]));
    const mechValues = (n: MapNode) => (neighbours.get(n.id) ?? []).filter((x) => mechPos.has(x)).map((x) => mechPos.get(x)!);
    const biomarkers = byBarycentre(cur.biomarkers, mechValues, () => Infinity);
    const cells = byBarycentre(cur.cells, mechValues, () => Infinity);
    const strategies = byBarycentre(cur.strategies, mechValues, () => Infinity);
    const left = [...biomarkers, ...cells];
    const right = strategies;
    const sidePos = new Map<string, number>([
      ...left.map((n, i): [string, number] => [n.id, left.length > 1 ? i / (left.length - 1) : 0]),
      ...right.map((n, i): [string, number] => [n.id, right.length > 1 ? i / (right.length - 1) : 0]),
    ]);
    const mech = cur.mech.map((g) => ({
      area: g.area,
      nodes: byBarycentre(
        g.nodes,
        (n) => (neighbours.get(n.id) ?? []).filter((x) => sidePos.has(x)).map((x) => sidePos.get(x)!),
        (n) => mechPos.get(n.id)!,
      ),
    }));
    cur = { biomarkers, cells, mech, strategies };
    const c = crossingsOf(cur, edges, kindOf);
    if (c < bestCrossings) {
      best = cur;
      bestCrossings = c;
    }
  }

  // Geometry.
  const colX = [0, 1, 2].map((c) => o.arcRoom + c * (o.nodeWidth + o.columnGap));
  const width = colX[2] + o.nodeWidth + o.margin;
  const sized = (n: MapNode) => {
    const lines = wrapLabel(n.label ?? n.title, o.charsPerLine, o.maxLines);
    return { lines, height: lines.length * o.lineHeight + 2 * o.padY };
  };
  const placed = new Map<string, PositionedNode>();
  const groupHeadings: Heading[] = [];
  const nodeAreas = (n: MapNode): Area[] => {
    if (n.kind === 'mechanism') return [];
    const set = new Set((neighbours.get(n.id) ?? []).map((x) => nodes.find((m) => m.id === x)?.area).filter((a): a is Area => !!a));
    return AREAS.filter((a) => set.has(a));
  };

  /**
   * Places groups top to bottom. With `desired` centres, the tops minimise the squared distance to them subject to
   * the order, the gaps and the headings (isotonic regression by pool-adjacent-violators), so a column spreads
   * around its neighbours instead of only ever being pushed down. Nodes without a desired centre follow the node
   * above them.
   */
  const placeColumn = (column: number, groups: { heading: Heading | null; nodes: MapNode[] }[], desired: (n: MapNode) => number | null) => {
    // Fixed offsets: where each node's top would be if the column were packed from y = 0.
    const items: { n: MapNode; lines: string[]; height: number; offset: number; target: number; weight: number }[] = [];
    const headings: { heading: Heading; offset: number }[] = [];
    let off = 0;
    groups.forEach((g, gi) => {
      if (g.heading) {
        if (gi > 0) off += o.groupGap;
        headings.push({ heading: g.heading, offset: off });
        off += g.heading.lines.length * o.headingLine + 6;
      }
      for (const n of g.nodes) {
        const { lines, height } = sized(n);
        const want = desired(n);
        items.push({ n, lines, height, offset: off, target: want === null ? 0 : want - height / 2 - off, weight: want === null ? 0 : 1 });
        off += height + o.gap;
      }
    });
    // Pool adjacent violators on z = top - offset, which must be non-decreasing.
    const blocks: { value: number; weight: number; sum: number; count: number }[] = [];
    for (const it of items) {
      blocks.push({ value: it.weight ? it.target : -Infinity, weight: it.weight, sum: it.weight * it.target, count: 1 });
      while (blocks.length > 1 && blocks[blocks.length - 2].value > blocks[blocks.length - 1].value) {
        const b = blocks.pop()!;
        const a = blocks.pop()!;
        const weight = a.weight + b.weight;
        const sum = a.sum + b.sum;
        blocks.push({ value: weight ? sum / weight : -Infinity, weight, sum, count: a.count + b.count });
      }
    }
    // Offsets start at 0, so z ≥ top keeps the first heading (or node) below the column headings.
    const minZ = o.top;
    const z: number[] = blocks.flatMap((b) => Array.from({ length: b.count }, () => Math.max(b.value, minZ)));
    for (let i = 1; i < z.length; i++) z[i] = Math.max(z[i], z[i - 1]);
    const base = z.length ? z[0] : minZ;
    items.forEach((it, i) => {
      placed.set(it.n.id, {
        ...it.n,
        column,
        row: i,
        x: colX[column],
        y: round(z[i] + it.offset),
        width: o.nodeWidth,
        height: it.height,
        lines: it.lines,
        areas: nodeAreas(it.n),
      });
    });
    for (const h of headings) {
      // A heading sits just above the first node of its group (the group's z is that node's z).
      const first = items.find((it) => it.offset > h.offset);
      const zFirst = first ? z[items.indexOf(first)] : base;
      groupHeadings.push({ ...h.heading, x: colX[column], y: round(zFirst + h.offset + o.headingLine - 3) });
    }
  };

  placeColumn(
    1,
    best.mech.map((g) => ({
      heading: { x: 0, y: 0, lines: wrapLabel(o.labels.area[g.area], o.headingChars, 2), area: g.area },
      nodes: g.nodes,
    })),
    () => null,
  );
  const centreOfMechNeighbours = (n: MapNode): number | null => {
    const ys = (neighbours.get(n.id) ?? [])
      .map((x) => placed.get(x))
      .filter((p): p is PositionedNode => !!p && p.kind === 'mechanism')
      .map((p) => p.y + p.height / 2);
    return ys.length ? ys.reduce((s, v) => s + v, 0) / ys.length : null;
  };
  placeColumn(
    0,
    [
      { heading: { x: 0, y: 0, lines: [o.labels.biomarkerGroup], kind: 'biomarker' as const }, nodes: best.biomarkers },
      { heading: { x: 0, y: 0, lines: [o.labels.cellGroup], kind: 'cell-or-molecule' as const }, nodes: best.cells },
    ].filter((g) => g.nodes.length),
    centreOfMechNeighbours,
  );
  placeColumn(2, [{ heading: null, nodes: best.strategies }], centreOfMechNeighbours);

  const positioned = [...placed.values()].sort((a, b) => a.column - b.column || a.row - b.row);
  const height = round(Math.max(...positioned.map((n) => n.y + n.height), o.top) + o.margin);

  const posEdges: PositionedEdge[] = edges.map((e) => {
    const s = placed.get(e.source)!;
    const t = placed.get(e.target)!;
    if (e.relation === 'cell-or-molecule.suppresses') {
      // An arc out to the left of the first column and back.
      const x = s.x;
      const y1 = round(s.y + s.height / 2);
      const y2 = round(t.y + t.height / 2);
      const k = round(18 + Math.min(o.arcRoom - 26, Math.abs(y2 - y1) * 0.1));
      return {
        ...e,
        area: null,
        d: `M${x} ${y1}C${round(x - k)} ${y1} ${round(x - k)} ${y2} ${x} ${y2}`,
        labelX: round(x - 0.75 * k),
        labelY: round((y1 + y2) / 2),
      };
    }
    // Mechanism edges run from the right side of the left node to the left side of the right node.
    const [l, r] = t.column < s.column ? [t, s] : [s, t];
    const x1 = l.x + l.width;
    const x2 = r.x;
    const y1 = round(l.y + l.height / 2);
    const y2 = round(r.y + r.height / 2);
    const dx = round((x2 - x1) / 2);
    return {
      ...e,
      area: s.area,
      d: `M${x1} ${y1}C${x1 + dx} ${y1} ${x2 - dx} ${y2} ${x2} ${y2}`,
      labelX: round((x1 + x2) / 2),
      labelY: round((y1 + y2) / 2),
    };
  });

  const columnHeadings: Heading[] = o.labels.columns.map((t, c) => ({ x: colX[c], y: o.top - 14, lines: [t] }));
  return { width, height, nodes: positioned, edges: posEdges, columnHeadings, groupHeadings, crossings: bestCrossings, baselineCrossings };
}
