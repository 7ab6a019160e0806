/**
 * Issue 22, item 4: a strategy page shows the phase 3 (or phase 2/3) NSCLC trials of its strategy that failed. Every
 * trial entry that is phase 3 or 2/3, in NSCLC, and negative on its primary endpoint(s) (or terminated) must be
 * answered, on each strategy page it lists, by a graded statement against the strategy (`direction: does-not-support`)
 * that names the trial in its claim.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getSite, type Site } from '@/lib/site/get-site';
import { trialResult, type TrialData } from '@/lib/content/kinds/trial';
import type { StrategyData } from '@/lib/content/kinds/strategy';

let site: Site;
beforeAll(async () => {
  site = await getSite();
});

/** "SKYSCRAPER-01" and "Skyscraper 01" are the same name. */
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

describe('strategy pages and their failed phase 3 trials', () => {
  it('every negative or terminated NSCLC phase 3 or 2/3 trial has a graded statement against each strategy it lists', () => {
    const missing: string[] = [];
    for (const t of site.byKind('trial')) {
      const d = t as unknown as TrialData & { id: string };
      if (!['3', '2/3'].includes(d.phase)) continue;
      if (!/nsclc/i.test(d.tumourType)) continue;
      const negative = trialResult(d) === 'negative' || d.status === 'terminated';
      if (!negative) continue;
      for (const sid of d.strategies) {
        const s = site.getEntry(sid) as unknown as (StrategyData & { evidence?: { claim: string; direction: string }[] }) | undefined;
        if (!s) continue;
        const against = (s.evidence ?? []).filter((e) => e.direction === 'does-not-support');
        if (!against.some((e) => norm(e.claim).includes(norm(d.acronym)))) missing.push(`${sid} ← ${d.acronym} (${t.id})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
