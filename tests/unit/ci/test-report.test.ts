import { describe, expect, it } from 'vitest';
import { formatSummary, summarizeReports } from '@/lib/ci/test-report';

const vitest = {
  numPassedTests: 3,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 0,
  testResults: [
    {
      name: '/repo/tests/unit/a.test.ts',
      assertionResults: [
        { ancestorTitles: ['group'], title: 'fast', duration: 4 },
        { ancestorTitles: [], title: 'slow', duration: 2500 },
        { ancestorTitles: ['group'], title: 'skipped, never timed' },
      ],
    },
  ],
};

const playwright = {
  stats: { expected: 2, unexpected: 1, flaky: 1, skipped: 0 },
  suites: [
    {
      title: 'tests/e2e/a11y.spec.ts',
      specs: [],
      suites: [
        {
          title: 'axe (dark theme)',
          specs: [
            { title: 'glossary', tests: [{ results: [{ duration: 30_500 }, { duration: 12_000 }] }] },
            { title: 'home', tests: [{ results: [{ duration: 900 }] }] },
          ],
        },
      ],
    },
    { title: 'tests/e2e/reading.spec.ts', specs: [{ title: 'reads', tests: [{ results: [{ duration: 1200 }] }] }] },
  ],
};

describe('summarizeReports', () => {
  it('adds up both runners and lists the slowest tests first, each by its longest attempt', () => {
    const s = summarizeReports(vitest, playwright, '/repo');
    expect([s.passed, s.failed, s.skipped]).toEqual([6, 2, 1]);
    expect(s.timed.slice(0, 3)).toEqual([
      { runner: 'playwright', name: 'tests/e2e/a11y.spec.ts › axe (dark theme) › glossary', ms: 30_500 },
      { runner: 'vitest', name: 'tests/unit/a.test.ts › slow', ms: 2500 },
      { runner: 'playwright', name: 'tests/e2e/reading.spec.ts › reads', ms: 1200 },
    ]);
  });

  it('notes a missing or unreadable report and still summarises the other', () => {
    const s = summarizeReports(undefined, { suites: 'nonsense' });
    expect(s).toEqual({ passed: 0, failed: 0, skipped: 0, timed: [], notes: ['vitest: no report', 'playwright: report unreadable'] });
    expect(summarizeReports(null, playwright).notes).toEqual(['vitest: report unreadable']);
  });
});

describe('formatSummary', () => {
  it('prints the counts, then the slowest tests (top N) with durations', () => {
    expect(formatSummary(summarizeReports(vitest, playwright, '/repo'), 3)).toMatchInlineSnapshot(`
      "6 passed, 2 failed, 1 skipped
      Slowest 3 tests:
          30.5 s  playwright  tests/e2e/a11y.spec.ts › axe (dark theme) › glossary
           2.5 s  vitest      tests/unit/a.test.ts › slow
           1.2 s  playwright  tests/e2e/reading.spec.ts › reads"
    `);
  });

  it('prints only the counts and notes when nothing was timed', () => {
    expect(formatSummary(summarizeReports(undefined, undefined))).toMatchInlineSnapshot(`
      "0 passed, 0 failed, 0 skipped
      (vitest: no report)
      (playwright: no report)"
    `);
  });
});
