/**
 * Build scaling: `next build` time and peak memory for the real corpus and synthetic corpora (default 1,000 and
 * 5,000 entries), cold and with a warm compiled-MDX cache for the real one. Sizes via BENCH_BUILD_SIZES=1000,5000.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keepFiles } from '../lib/bench/keep-files';
import { runInGroup } from '../lib/bench/process-group';
import { syntheticCorpus } from '../lib/bench/synthetic-corpus';
import { readContentFiles } from '../lib/content/read-files';
import { loadReferences } from '../lib/content/references';

const root = process.cwd();
const nextBin = join(root, 'node_modules/next/dist/bin/next');
const tsxBin = join(root, 'node_modules/.bin/tsx');

interface BuildRun {
  label: string;
  entries: number;
  seconds: number;
  peakMb: number;
  /** Set when the build did not finish within the time limit. */
  timedOut?: boolean;
}

/** Per-build limit (BENCH_BUILD_TIMEOUT_MIN, default 15 minutes): a build that needs more is reported as such. */
const TIMEOUT_MS = Number(process.env.BENCH_BUILD_TIMEOUT_MIN ?? 15) * 60_000;

/**
 * The corpus build (scripts/build-corpus.ts, which writes the artifact) followed by `next build`, under GNU time:
 * wall seconds and peak resident memory of the build process tree's largest member. The build runs in a process
 * group of its own; on timeout that group (the build and its workers) is killed, and nothing else.
 */
async function measure(label: string, entries: number, env: Record<string, string>): Promise<BuildRun> {
  const steps = `"${tsxBin}" scripts/build-corpus.ts && "${process.execPath}" "${nextBin}" build`;
  const r = await runInGroup('/usr/bin/time', ['-f', 'BENCH %e %M', 'sh', '-c', steps], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    timeoutMs: TIMEOUT_MS,
  });
  if (r.timedOut) {
    const run = { label, entries, seconds: TIMEOUT_MS / 1000, peakMb: NaN, timedOut: true };
    console.error(`  ${label}: did not finish within ${TIMEOUT_MS / 60_000} min`);
    return run;
  }
  const stderr = r.stderr;
  if (r.status !== 0) throw new Error(`build "${label}" failed:\n${stderr.slice(-3000)}`);
  const m = /BENCH ([\d.]+) (\d+)/.exec(stderr);
  if (!m) throw new Error(`no timing for "${label}"`);
  const run = { label, entries, seconds: Number(m[1]), peakMb: Math.round(Number(m[2]) / 1024) };
  console.error(`  ${label}: ${run.seconds} s, ${run.peakMb} MB`);
  return run;
}

function writeCorpus(dir: string, n: number): void {
  rmSync(dir, { recursive: true, force: true });
  const refsText = readFileSync(join(root, 'content/references.yaml'), 'utf8');
  const keys = loadReferences(refsText).references.map((r) => r.id);
  for (const f of syntheticCorpus(n, refsText, keys)) {
    const p = join(dir, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.text);
  }
}

export async function buildScalingTable(
  sizes = (process.env.BENCH_BUILD_SIZES ?? '1000,5000').split(',').map(Number).filter(Boolean),
): Promise<string> {
  const restore = keepFiles();
  try {
    return await buildScaling(sizes);
  } finally {
    restore();
  }
}

async function buildScaling(sizes: number[]): Promise<string> {
  const runs: BuildRun[] = [];
  const realCount = readContentFiles(root).filter((f) => f.path.endsWith('.mdx')).length;
  rmSync(join(root, '.bench/cache-real'), { recursive: true, force: true });
  runs.push(
    await measure('real corpus, cold MDX cache', realCount, { NEXT_DIST_DIR: '.bench/dist-real', ATLAS_CACHE_DIR: '.bench/cache-real' }),
  );
  runs.push(
    await measure('real corpus, warm MDX cache', realCount, { NEXT_DIST_DIR: '.bench/dist-real', ATLAS_CACHE_DIR: '.bench/cache-real' }),
  );
  for (const n of sizes) {
    const dir = join(root, `.bench/corpus-${n}`);
    writeCorpus(dir, n);
    runs.push(
      await measure(`synthetic ${n}, cold MDX cache`, n, {
        NEXT_DIST_DIR: `.bench/dist-${n}`,
        ATLAS_ROOT: dir,
        ATLAS_CACHE_DIR: `.bench/cache-${n}`,
      }),
    );
    rmSync(join(root, `.bench/dist-${n}`), { recursive: true, force: true });
  }
  const base = runs[0];
  return [
    '| build | entries | wall time | per entry | peak RSS |',
    '|---|---|---|---|---|',
    ...runs.map((r) =>
      r.timedOut
        ? `| ${r.label} | ${r.entries} | did not finish in ${r.seconds / 60} min | — | — |`
        : `| ${r.label} | ${r.entries} | ${r.seconds.toFixed(1)} s | ${((r.seconds * 1000) / r.entries).toFixed(0)} ms | ${r.peakMb} MB |`,
    ),
    '',
    `Growth: ${
      runs
        .slice(2)
        .filter((r) => !r.timedOut)
        .map(
          (r) =>
            `${r.entries} entries take ×${(r.seconds / base.seconds).toFixed(1)} the real build's time for ×${(r.entries / base.entries).toFixed(0)} the entries`,
        )
        .join('; ') || 'no synthetic build finished'
    }.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await buildScalingTable());
