import { describe, expect, it } from 'vitest';
import type { EntryId } from '@/lib/content/ids';
import type { Area, RelationKey } from '@/lib/content/kinds';
import { countCrossings, layoutMap, wrapLabel, type MapLayout } from '@/lib/map/layout';
import type { MapEdge, MapEdgeType, MapKind, MapModel, MapNode } from '@/lib/map/model';

const node = (kind: MapKind, id: string, area: Area | null = null, order = 10000): MapNode => ({
  id: id as EntryId,
  kind,
  title: `Title of ${id}`,
  area,
  order,
});
const LABEL: Record<MapEdgeType, [string, string]> = {
  biomarkers: ['signalled by', 'signals'],
  strategies: ['targeted by', 'targets'],
  involves: ['involves', 'involved in'],
  suppresses: ['suppresses', 'suppressed by'],
};
const RELATION: Record<string, RelationKey> = {
  biomarkers: 'mechanism.biomarkers',
  strategies: 'mechanism.strategies',
  involves: 'mechanism.involves',
  suppresses: 'cell-or-molecule.suppresses',
};
const edge = (source: string, target: string, type: MapEdgeType): MapEdge => ({
  source: source as EntryId,
  target: target as EntryId,
  relation: RELATION[type],
  type,
  label: LABEL[type][0],
  inverse: LABEL[type][1],
});

/** A small map whose plain list order crosses a lot: biomarkers and strategies are listed against the mechanisms' order. */
function model(): MapModel {
  const nodes = [
    node('mechanism', 'm1', 'genomic-proteomic', 1),
    node('mechanism', 'm2', 'genomic-proteomic', 2),
    node('mechanism', 'm3', 'genomic-proteomic', 3),
    node('mechanism', 'm4', 'tumour-microenvironment', 4),
    node('mechanism', 'm5', 'antigen-presentation', 5),
    node('biomarker', 'b1', null, 1),
    node('biomarker', 'b2', null, 2),
    node('biomarker', 'b3', null, 3),
    node('biomarker', 'b4', null, 4),
    node('strategy', 's1', null, 1),
    node('strategy', 's2', null, 2),
    node('strategy', 's3', null, 3),
    node('cell-or-molecule', 'c1', null, 1),
    node('cell-or-molecule', 'c2', null, 2),
    node('cell-or-molecule', 'c3', null, 3),
  ];
  // A long title, to exercise wrapping.
  nodes[0] = { ...nodes[0], title: 'Co-expression of CTLA-4, TIM-3 and LAG-3 and T-cell exhaustion in tumour-infiltrating lymphocytes' };
  const edges = [
    edge('m1', 'b4', 'biomarkers'),
    edge('m2', 'b3', 'biomarkers'),
    edge('m3', 'b2', 'biomarkers'),
    edge('m5', 'b1', 'biomarkers'),
    edge('m4', 'b1', 'biomarkers'),
    edge('m1', 's3', 'strategies'),
    edge('m2', 's2', 'strategies'),
    edge('m5', 's1', 'strategies'),
    edge('m4', 's1', 'strategies'),
    edge('m1', 'c3', 'involves'),
    edge('m4', 'c1', 'involves'),
    edge('m5', 'c2', 'involves'),
    edge('c1', 'c3', 'suppresses'),
  ];
  return { nodes, edges };
}

const overlaps = (a: MapLayout['nodes'][number], b: MapLayout['nodes'][number]) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutMap', () => {
  it('is deterministic: the same model gives the same picture', () => {
    expect(layoutMap(model())).toEqual(layoutMap(model()));
  });

  it('does not depend on the order of the input', () => {
    const m = model();
    const shuffled: MapModel = { nodes: [...m.nodes].reverse(), edges: [...m.edges.slice(5), ...m.edges.slice(0, 5)].reverse() };
    expect(JSON.stringify(layoutMap(shuffled).nodes)).toBe(JSON.stringify(layoutMap(m).nodes));
    expect(layoutMap(shuffled).crossings).toBe(layoutMap(m).crossings);
  });

  it('never overlaps two nodes and keeps every node inside the drawing', () => {
    const l = layoutMap(model());
    for (const [i, a] of l.nodes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(l.width);
      expect(a.y + a.height).toBeLessThanOrEqual(l.height);
      for (const b of l.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  });

  it('puts each kind in its column and groups mechanisms by area in the source review order', () => {
    const l = layoutMap(model());
    const column = (kind: MapKind) => [...new Set(l.nodes.filter((n) => n.kind === kind).map((n) => n.column))];
    expect([column('biomarker'), column('cell-or-molecule'), column('mechanism'), column('strategy')]).toEqual([[0], [0], [1], [2]]);
    const mechAreas = l.nodes
      .filter((n) => n.kind === 'mechanism')
      .sort((a, b) => a.y - b.y)
      .map((n) => n.area);
    expect(mechAreas).toEqual([
      'genomic-proteomic',
      'genomic-proteomic',
      'genomic-proteomic',
      'antigen-presentation',
      'tumour-microenvironment',
    ]);
    expect(l.groupHeadings.map((h) => h.area ?? h.kind)).toEqual([
      'genomic-proteomic',
      'antigen-presentation',
      'tumour-microenvironment',
      'biomarker',
      'cell-or-molecule',
    ]);
  });

  it('orders nodes to draw fewer crossings than the plain list order', () => {
    const l = layoutMap(model());
    // Counted by hand for the list order: 17 between the first two columns, 5 between the last two.
    expect(l.baselineCrossings).toBe(22);
    expect(l.crossings).toBeLessThan(l.baselineCrossings);
    const y = (id: string) => l.nodes.find((n) => n.id === id)!.y;
    // Biomarkers follow their mechanisms: b4 (m1's) above b3 (m2's) above b2 (m3's).
    expect([y('b4') < y('b3'), y('b3') < y('b2')]).toEqual([true, true]);
  });

  it('records the areas each non-mechanism node is linked to', () => {
    const l = layoutMap(model());
    expect(l.nodes.find((n) => n.id === 'b1')!.areas).toEqual(['antigen-presentation', 'tumour-microenvironment']);
    expect(l.nodes.find((n) => n.id === 'm1')!.areas).toEqual([]);
  });

  it('draws mechanism edges between facing sides and suppresses edges as arcs left of the first column', () => {
    const l = layoutMap(model());
    const at = (id: string) => l.nodes.find((n) => n.id === id)!;
    const toBiomarker = l.edges.find((e) => e.source === 'm3' && e.target === 'b2')!;
    expect(toBiomarker.d.startsWith(`M${at('b2').x + at('b2').width} `)).toBe(true);
    expect(toBiomarker.d.endsWith(`${at('m3').x} ${at('m3').y + at('m3').height / 2}`)).toBe(true);
    expect(toBiomarker.area).toBe('genomic-proteomic');
    const arc = l.edges.find((e) => e.type === 'suppresses')!;
    expect(arc.area).toBeNull();
    expect(arc.labelX).toBeLessThan(at('c1').x);
  });
});

describe('wrapLabel', () => {
  it('wraps on spaces within the width', () => {
    expect(wrapLabel('STK11/LKB1 loss and the cold microenvironment', 29, 3)).toEqual(['STK11/LKB1 loss and the cold', 'microenvironment']);
  });
  it('ends text that does not fit with an ellipsis', () => {
    expect(wrapLabel('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
  it('splits a word longer than a line', () => {
    expect(wrapLabel('abcdefghij', 4, 3)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('countCrossings', () => {
  it('counts pairs of edges whose ends are in opposite orders, not edges that share an end', () => {
    expect(
      countCrossings([
        [0, 1],
        [1, 0],
      ]),
    ).toBe(1);
    expect(
      countCrossings([
        [0, 0],
        [0, 1],
        [1, 1],
      ]),
    ).toBe(0);
    expect(
      countCrossings([
        [0, 2],
        [1, 1],
        [2, 0],
      ]),
    ).toBe(3);
  });
});
