import { describe, expect, it } from 'vitest';
import type { EntryId } from '@/lib/content/ids';
import { buildGraph, relationFacts, type Edge } from '@/lib/graph/build-graph';
import { buildMapModel } from '@/lib/map/model';
import { build, goodFiles } from '../../helpers/make-corpus';

const id = (s: string) => s as EntryId;

describe('buildMapModel', () => {
  it('keeps mechanisms, biomarkers, cells and strategies, joined by typed relations only', async () => {
    const { entries } = await build(goodFiles());
    const m = buildMapModel(entries, buildGraph(entries).facts);
    expect(m.nodes.map((n) => [n.id, n.kind, n.area])).toEqual([
      ['b-one', 'biomarker', null],
      ['x-one', 'cell-or-molecule', null],
      ['m-one', 'mechanism', 'genomic-proteomic'],
      ['s-one', 'strategy', null],
    ]);
    expect(m.edges.map((e) => `${e.source} ${e.label} ${e.target} (${e.inverse})`)).toEqual([
      'm-one signalled by b-one (signals)',
      'm-one targeted by s-one (targets)',
      'm-one involves x-one (involved in)',
    ]);
  });

  it('merges strategy.targets into the mechanism → strategy edge, and keeps one edge per fact', async () => {
    const { entries } = await build(goodFiles());
    const edges: Edge[] = [
      { source: id('s-one'), target: id('m-one'), type: 'strategy.targets', label: 'targets' },
      { source: id('m-one'), target: id('s-one'), type: 'mechanism.strategies', label: 'targeted by' },
      { source: id('x-one'), target: id('x-one'), type: 'link', label: 'links to' },
    ];
    expect(buildMapModel(entries, relationFacts(edges)).edges).toEqual([
      { source: 'm-one', target: 's-one', relation: 'mechanism.strategies', type: 'strategies', label: 'targeted by', inverse: 'targets' },
    ]);
  });
});
