import { describe, expect, it } from 'vitest';
import { backlinks, buildGraph, orphans, relationGroups } from '@/lib/graph/build-graph';
import type { EntryId } from '@/lib/content/ids';
import { build, editGood, goodFiles, withFiles } from '../../helpers/make-corpus';

const id = (s: string) => s as EntryId;

describe('link graph', () => {
  it('backlinks are the reverse of prose links, with the linking sentence', async () => {
    const { entries } = await build(goodFiles());
    const g = buildGraph(entries);
    expect(backlinks(g, id('b-one')).map((e) => [e.source, e.sentence])).toEqual([['m-one', 'It works through the biomarker.']]);
    expect(
      backlinks(g, id('m-one'))
        .map((e) => e.source)
        .sort(),
    ).toEqual(['b-one', 'c-one', 's-one', 't-one', 'x-one']);
  });

  it('groups typed relations from both sides, merging the two readings of one fact', async () => {
    const { entries } = await build(goodFiles());
    const g = buildGraph(entries);
    expect(relationGroups(g, id('m-one')).map(({ label, ids }) => ({ label, ids }))).toEqual([
      { label: 'signalled by', ids: ['b-one'] },
      { label: 'targeted by', ids: ['s-one'] },
      { label: 'involves', ids: ['x-one'] },
      { label: 'part of', ids: ['t-one'] },
    ]);
    expect(relationGroups(g, id('b-one'))).toEqual([
      { relation: 'mechanism.biomarkers', direction: 'inverse', label: 'signals', ids: ['m-one'] },
    ]);
    // The strategy sees the merged fact from its own side, once, under its own relation's reading.
    expect(relationGroups(g, id('s-one')).map(({ label, ids }) => ({ label, ids }))).toEqual([{ label: 'targets', ids: ['m-one'] }]);
  });

  it('shows a relation that reads the same both ways ("related to") as one group, whichever side lists it', async () => {
    const { entries } = await build(
      withFiles(
        editGood('content/mechanisms/m-one.mdx', 'involves: [x-one]', 'involves: [x-one]\nrelated: [c-one]'),
        editGood('content/biomarkers/b-one.mdx', /^---\n/, '---\nrelated: [m-one]\n'),
      ),
    );
    const related = relationGroups(buildGraph(entries), id('m-one')).filter((g) => g.label === 'related to');
    expect(related.map(({ label, ids }) => ({ label, ids }))).toEqual([{ label: 'related to', ids: ['c-one', 'b-one'] }]);
  });

  it('finds orphans', async () => {
    const { entries } = await build(goodFiles());
    expect(orphans(buildGraph(entries), entries)).toEqual([]);
    const lonely = entries.filter((e) => e.id !== 'm-one');
    expect(orphans(buildGraph(lonely), lonely).sort()).toEqual(['b-one', 's-one', 'x-one']);
  });
});
