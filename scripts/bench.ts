/**
 * `npm run bench`: the whole performance table on this machine, as Markdown.
 *  1. page weight vs a blank Next page (from the production build, made first if missing), and every page of the
 *     static export against the budget (≤ 60 KB gzip HTML, ≤ 2,000 elements; out/ built first if missing);
 *  2. search: synthetic 100 / 1,000 / 10,000 entries and the real index, in Node;
 *  3. search in the browser: cold first keystroke → first result on the site, and at scale (real corpus and
 *     1,000 / 5,000 / 10,000 synthetic entries: index bytes before the first result, time to it);
 *  4. Lighthouse 12.2.3 (mobile and desktop, median of 3; home, an entry, map, glossary, explorer, search) — skip
 *     with BENCH_LIGHTHOUSE=0, mobile only with BENCH_LIGHTHOUSE=mobile;
 *  5. serving under loopback load — length with BENCH_SERVE_SECONDS (default 30);
 *  6. build scaling: real corpus cold/warm MDX cache, synthetic corpora (BENCH_BUILD_SIZES, default 1000,5000).
 * Timings vary 1.5–3× from run to run on 2 cores: compare ratios within one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { keepFiles } from '../lib/bench/keep-files';
import { buildScalingTable } from './bench-build';
import { browserTables } from './bench-browser';
import { searchScaleTable } from './bench-search-browser';
import { pageBudgetTable } from './bench-budget';
import { pageWeightTable } from './bench-pages';
import { servingTable } from './bench-serve';

const section = (title: string, body: string) => console.log(`\n## ${title}\n\n${body}\n`);

// Next rewrites tsconfig.json and next-env.d.ts for every build folder; the benchmark leaves them as they were.
const restore = keepFiles();

try {
  console.log(
    `# Resistance Atlas benchmark — ${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
  );
  if (!existsSync('.next/server/app/index.html')) {
    const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  section('Page weight (gzipped JS and CSS each page loads)', pageWeightTable());
  section('Every page against the budget', await pageBudgetTable());
  const search = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-search.ts'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (search.status !== 0) throw new Error(`search benchmark failed: ${search.stderr.slice(-2000)}`);
  section('Search in Node', search.stdout.trim());
  section('Search and Lighthouse in the browser', await browserTables());
  section('Search at scale in the browser', await searchScaleTable());
  section('Serving', await servingTable());
  section('Build scaling', await buildScalingTable());
} finally {
  restore();
}
