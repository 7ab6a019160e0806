/** The map and the explorer on the real content: the guarantees the unit fixtures check, held by the atlas itself. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/content/load';
import { makeSite, type Site } from '@/lib/site/get-site';
import { collectFindings } from '@/lib/explorer/findings';
import { rankMechanisms } from '@/lib/explorer/rank';
import { layoutMap } from '@/lib/map/layout';
import { buildMapModel } from '@/lib/map/model';

let site: Site;
beforeAll(async () => {
  const corpus = await loadCorpus(process.cwd());
  expect(corpus.issues).toEqual([]);
  site = makeSite(corpus);
});

describe('the mechanism map of the atlas', () => {
  it('has no overlapping nodes and fewer crossings than the list order', () => {
    const l = layoutMap(buildMapModel(site.entries, site.graph.facts));
    const overlapping = l.nodes.flatMap((a, i) =>
      l.nodes
        .slice(i + 1)
        .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        .map((b) => `${a.id}/${b.id}`),
    );
    expect(overlapping).toEqual([]);
    expect(l.crossings).toBeLessThan(l.baselineCrossings);
  });

  it('draws the STK11 mechanism as targeted by PD-1 plus CTLA-4 blockade', () => {
    const { edges } = buildMapModel(site.entries, site.graph.facts);
    expect(edges.find((e) => e.source === 'stk11-lkb1-loss' && e.target === 'pd-1-ctla-4-combination')?.label).toBe('targeted by');
  });
});

describe('the explorer on the atlas', () => {
  it('ranks STK11/LKB1 loss first for STK11 loss-of-function with a KRAS mutation', () => {
    const findings = collectFindings(site.entries);
    const order = site.byKind('mechanism').map((m) => m.id);
    const [first, second] = rankMechanisms(findings, ['kras-mut', 'stk11-lof'], order);
    expect(first).toMatchObject({ id: 'stk11-lkb1-loss', count: 2, findings: ['kras-mut', 'stk11-lof'] });
    expect(second.id).toBe('egfr-kras-driver-context');
  });

  it('has unique finding ids that link only to mechanisms signalled by their own biomarker', () => {
    const findings = collectFindings(site.entries);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    for (const f of findings) {
      for (const m of f.mechanisms) {
        const entry = site.getEntry(m);
        expect(entry?.kind === 'mechanism' && entry.biomarkers.includes(f.biomarker), `${f.id} → ${m}`).toBe(true);
      }
    }
  });
});
