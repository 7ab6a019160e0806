/**
 * Reads the vitest and Playwright JSON reports into one summary: pass/fail/skip counts and the slowest tests.
 * Pure: parsed JSON in (or undefined for a missing report), plain data out. Never throws on odd input: what it
 * cannot read it counts as nothing and says so in `notes`.
 */

export interface TimedTest {
  runner: 'vitest' | 'playwright';
  /** "tests/e2e/a11y.spec.ts › axe (dark theme) › glossary" */
  name: string;
  /** Longest single attempt, in milliseconds. */
  ms: number;
}

export interface TestSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** All timed tests, slowest first. */
  timed: TimedTest[];
  /** One line per report that was missing or unreadable. */
  notes: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Makes an absolute test-file path relative to `root` ("/repo/tests/a.test.ts" → "tests/a.test.ts"). */
function relative(file: string, root: string): string {
  return root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}

function readVitest(report: unknown, root: string, into: TestSummary): void {
  if (!isObject(report) || !Array.isArray(report.testResults)) {
    into.notes.push('vitest: report unreadable');
    return;
  }
  into.passed += num(report.numPassedTests);
  into.failed += num(report.numFailedTests);
  into.skipped += num(report.numPendingTests) + num(report.numTodoTests);
  for (const file of report.testResults) {
    if (!isObject(file)) continue;
    const path = relative(str(file.name), root);
    for (const t of list(file.assertionResults)) {
      if (!isObject(t) || typeof t.duration !== 'number') continue;
      const title = [...list(t.ancestorTitles).map(str), str(t.title)].filter(Boolean).join(' › ');
      into.timed.push({ runner: 'vitest', name: [path, title].filter(Boolean).join(' › '), ms: num(t.duration) });
    }
  }
}

function readPlaywright(report: unknown, into: TestSummary): void {
  if (!isObject(report) || !isObject(report.stats)) {
    into.notes.push('playwright: report unreadable');
    return;
  }
  const s = report.stats;
  into.passed += num(s.expected) + num(s.flaky);
  into.failed += num(s.unexpected);
  into.skipped += num(s.skipped);
  const walk = (suite: unknown, titles: string[]) => {
    if (!isObject(suite)) return;
    // The top-level suite's title is its file path; describe blocks add their titles below it.
    const here = str(suite.title) ? [...titles, str(suite.title)] : titles;
    for (const spec of list(suite.specs)) {
      if (!isObject(spec)) continue;
      for (const test of list(spec.tests)) {
        if (!isObject(test)) continue;
        const durations = list(test.results).map((r) => (isObject(r) ? num(r.duration) : 0));
        if (!durations.length) continue;
        into.timed.push({ runner: 'playwright', name: [...here, str(spec.title)].join(' › '), ms: Math.max(...durations) });
      }
    }
    for (const child of list(suite.suites)) walk(child, here);
  };
  for (const suite of list(report.suites)) walk(suite, []);
}

/** Summarises the two reports; pass `undefined` for a report that does not exist. `root` shortens vitest paths. */
export function summarizeReports(vitest: unknown, playwright: unknown, root = ''): TestSummary {
  const summary: TestSummary = { passed: 0, failed: 0, skipped: 0, timed: [], notes: [] };
  if (vitest === undefined) summary.notes.push('vitest: no report');
  else readVitest(vitest, root, summary);
  if (playwright === undefined) summary.notes.push('playwright: no report');
  else readPlaywright(playwright, summary);
  summary.timed.sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));
  return summary;
}

/** The closing lines of a CI run: counts, then the `top` slowest tests with durations, then any notes. */
export function formatSummary(summary: TestSummary, top = 5): string {
  const lines = [`${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`];
  const slowest = summary.timed.slice(0, top);
  if (slowest.length) {
    lines.push(`Slowest ${slowest.length} tests:`);
    for (const t of slowest) lines.push(`  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.runner.padEnd(10)}  ${t.name}`);
  }
  for (const n of summary.notes) lines.push(`(${n})`);
  return lines.join('\n');
}
