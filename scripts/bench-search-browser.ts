/**
 * Search at scale in Chromium: bytes fetched before the first result and time from the first keystroke to the
 * first result, on a cold page (a fresh browser context per run, median of BENCH_SEARCH_RUNS, default 3), for the
 * real corpus and synthetic corpora of 1,000 / 5,000 / 10,000 entries (lib/bench/synthetic-search-docs.ts;
 * BENCH_SEARCH_SIZES to change; BENCH_SEARCH_CLASS=english|chinese|typo types another class of query;
 * BENCH_SEARCH_REAL=0 skips the real corpus).
 *
 * Building the whole site at 10,000 entries takes many minutes, so this measures search alone: a small page with
 * an input and a list, the engine bundled with esbuild, the index files served from a loopback server with
 * precompressed gzip copies. The page opens search with "/" (which starts the index download, as the site's
 * launcher does) and the query is typed at once. The site's own dialog is measured in bench-browser.ts.
 *
 * Comparing with an earlier version: BENCH_SEARCH_ENGINE=single BENCH_SEARCH_ROOT=<a checkout of that commit>
 * measures that checkout's engine and single-payload index (version 2: loadSearchIndex over search-index.json)
 * with the same page, server and queries.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { querySet, syntheticDocs } from '../lib/bench/synthetic-search-docs';
import type { SearchDoc } from '../lib/search/documents';
import { median } from '../lib/bench/median';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/bench/chromium.mjs';

const ENGINE = process.env.BENCH_SEARCH_ENGINE === 'single' ? 'single' : 'sharded';
const ROOT = resolve(process.env.BENCH_SEARCH_ROOT ?? process.cwd());
const RUNS = Math.max(3, Number(process.env.BENCH_SEARCH_RUNS ?? 3));
const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '1000,5000,10000').split(',').map(Number).filter(Boolean);
/** Which class of the seeded query set is typed on synthetic corpora: abbreviation (default), english, chinese, typo. */
const CLASS = (['abbreviation', 'english', 'chinese', 'typo'] as const).find((c) => c === process.env.BENCH_SEARCH_CLASS) ?? 'abbreviation';

/** Index files of `docs` as the engine under test expects them: path → JSON text. */
async function indexFiles(docs: SearchDoc[]): Promise<Map<string, string>> {
  if (ENGINE === 'single') {
    const { buildSearchIndex } = (await import(join(ROOT, 'lib/search/build-index.ts'))) as { buildSearchIndex(d: SearchDoc[]): unknown };
    return new Map([['search-index.json', JSON.stringify(buildSearchIndex(docs))]]);
  }
  const { buildSearchIndex, searchIndexFiles } = await import('../lib/search/build-index');
  return new Map([...searchIndexFiles(buildSearchIndex(docs))].map(([p, text]) => [`search-index/${p}`, text]));
}

/** The page's engine adapter: open() starts loading, find(q) answers hits. */
function adapter(): string {
  const query = JSON.stringify(join(ROOT, 'lib/search/query'));
  if (ENGINE === 'single') {
    return `import { loadSearchIndex } from ${query};
      let engine = null;
      export const open = () => (engine ??= fetch('/search-index.json').then((r) => r.json()).then((d) => loadSearchIndex(d)));
      export const find = async (q) => (await open()).search(q, { limit: 12 });`;
  }
  return `import { openSearchIndex } from ${query};
    let engine = null;
    const file = (p) => fetch('/search-index/' + p).then((r) => { if (!r.ok) throw new Error(p + ' ' + r.status); return r.json(); });
    export const open = () => (engine ??= openSearchIndex(file));
    export const find = async (q) => { const r = await (await open()).find(q, { limit: 12 }); if (r.error) throw new Error(r.error); return r.hits; };`;
}

const PAGE_SCRIPT = `
  import { open, find } from 'adapter';
  const input = document.querySelector('input');
  const list = document.querySelector('ul');
  // As the site's dialog does (lib/search/latest-query.ts): one search at a time, then the latest query.
  let busy = false;
  let next = null;
  const show = (hits) => list.replaceChildren(...hits.map((h) => Object.assign(document.createElement('li'), { role: 'option', textContent: h.title })));
  const start = (q) => {
    busy = true;
    find(q).then(show, (e) => { document.body.dataset.error = String(e); }).finally(() => {
      busy = false;
      const n = next;
      next = null;
      if (n !== null) start(n);
    });
  };
  window.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement !== input) {
      e.preventDefault();
      open();
      input.focus();
    }
  });
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (!q) return;
    if (busy) next = q;
    else start(q);
  });
`;

async function bundle(dir: string): Promise<void> {
  const adapterSource = adapter();
  await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outfile: join(dir, 'bench.js'),
    logLevel: 'silent',
    plugins: [
      {
        name: 'adapter',
        setup(b) {
          b.onResolve({ filter: /^adapter$/ }, () => ({ path: 'adapter', namespace: 'adapter' }));
          b.onLoad({ filter: /.*/, namespace: 'adapter' }, () => ({ contents: adapterSource, loader: 'js', resolveDir: ROOT }));
        },
      },
    ],
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>search bench</title><input type="search"><ul></ul><script src="/bench.js"></script>\n',
  );
}

/** A loopback static server for `dir` that sends the .gz copy of a file when the client accepts gzip. */
function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(`${file}.gz`);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(gz ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(readFileSync(gz ? `${file}.gz` : file));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

interface Measured {
  label: string;
  entries: number;
  query: string;
  bytes: number;
  files: number;
  ms: number[];
}

async function measureCorpus(label: string, docs: SearchDoc[], query: string): Promise<Measured> {
  const dir = resolve('.bench/search-browser', `${ENGINE}-${label.replace(/\W+/g, '-')}`);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of await indexFiles(docs)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    writeFileSync(`${file}.gz`, gzipSync(text, { level: 9 }));
  }
  await bundle(dir);
  const server = await serve(dir);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  const ms: number[] = [];
  const bytes: number[] = [];
  const files: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${base}/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        const w = window as unknown as { __t: Record<string, number> };
        w.__t = {};
        window.addEventListener(
          'keydown',
          (e) => {
            if (e.key !== '/' && e.key.length === 1 && !w.__t.char) w.__t.char = performance.now();
          },
          true,
        );
        new MutationObserver(() => {
          if (!w.__t.result && document.querySelector('[role="option"]')) w.__t.result = performance.now();
        }).observe(document.body, { childList: true, subtree: true });
      });
      await page.keyboard.press('/');
      await page.keyboard.type(query);
      await page.waitForSelector('[role="option"]', { timeout: 60_000 });
      const r = await page.evaluate(() => {
        const t = (window as unknown as { __t: Record<string, number> }).__t;
        const index = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
          (e) => e.name.includes('/search-index') && e.responseEnd <= t.result,
        );
        return {
          ms: t.result - t.char,
          bytes: index.reduce((s, e) => s + e.encodedBodySize, 0),
          files: index.length,
          error: document.body.dataset.error,
        };
      });
      if (r.error) throw new Error(`${label}: ${r.error}`);
      ms.push(r.ms);
      bytes.push(r.bytes);
      files.push(r.files);
      await ctx.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { label, entries: docs.length, query, bytes: median(bytes), files: median(files), ms };
}

async function realDocs(): Promise<SearchDoc[] | null> {
  if (!existsSync(join(process.cwd(), 'content'))) return null;
  const { loadCorpus } = await import('../lib/content/load');
  const { toSearchDocs } = await import('../lib/search/documents');
  const corpus = await loadCorpus(process.cwd());
  return corpus.entries.length ? toSearchDocs(corpus.entries) : null;
}

export async function searchScaleTable(): Promise<string> {
  const rows: Measured[] = [];
  const real = process.env.BENCH_SEARCH_REAL === '0' ? null : await realDocs();
  if (real) rows.push(await measureCorpus('real', real, 'TMB'));
  for (const n of SIZES) {
    const docs = syntheticDocs(n);
    // By default an abbreviation drawn from the corpus (a gene symbol, drug or trial code), typed as a reader would.
    const query = querySet(docs).find((q) => q.cls === CLASS)!.q;
    rows.push(await measureCorpus(`synthetic ${n.toLocaleString('en')}`, docs, query));
  }
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  return [
    `Engine: ${ENGINE === 'single' ? `single payload (version 2) from ${ROOT}` : 'sharded index (version 3)'}; Chromium ${CHROMIUM_PATH}; ${RUNS} cold runs each; index files gzip-compressed.`,
    '',
    '| corpus | entries | query | index bytes before the first result (gzip) | files | first keystroke → first result, median | runs (ms) |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.entries} | ${r.query} | ${kb(r.bytes)} | ${r.files} | ${median(r.ms).toFixed(0)} ms | ${r.ms.map((x) => x.toFixed(0)).join(', ')} |`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await searchScaleTable());
