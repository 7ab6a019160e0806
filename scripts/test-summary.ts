/**
 * Prints the closing lines of a CI run from the vitest and Playwright JSON reports under .cache/test-results:
 * "N passed, N failed, N skipped", then the five slowest tests with durations. A missing or unreadable report is
 * noted, never fatal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { formatSummary, summarizeReports } from '../lib/ci/test-report';

function read(path: string): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null; // present but not JSON: summarizeReports notes it as unreadable
  }
}

const dir = '.cache/test-results';
console.log(formatSummary(summarizeReports(read(`${dir}/vitest.json`), read(`${dir}/playwright.json`), process.cwd())));
