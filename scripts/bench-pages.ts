/**
 * Page weight: gzipped JS and CSS that each page type's built HTML loads, against a blank Next.js page built with
 * the same Next version (built here, in .bench/blank). Run after `next build`.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { weighPage, type PageWeight } from '../lib/bench/page-weight';

const root = process.cwd();

function readAssetFrom(dist: string, publicDir: string) {
  return (url: string): Buffer | null => {
    const path = url.split('?')[0];
    const candidates = path.startsWith('/_next/') ? [join(dist, path.slice('/_next/'.length))] : [join(publicDir, path)];
    for (const c of candidates) if (existsSync(c)) return readFileSync(c);
    return null;
  };
}

/** Builds the blank comparison page once (cached in .bench/blank/.next). */
export function buildBlank(): string {
  const dir = join(root, '.bench/blank');
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'app/page.tsx'), 'export default function Page() { return <main>Blank</main>; }\n');
  writeFileSync(
    join(dir, 'app/layout.tsx'),
    'export default function RootLayout({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(join(dir, 'package.json'), '{ "name": "blank", "private": true, "type": "module" }\n');
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (!existsSync(join(dir, '.next/server/app/index.html'))) {
    execFileSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
  }
  return dir;
}

export const PAGES: Record<string, string> = {
  home: 'index.html',
  'entry (mechanism)': 'mechanisms/stk11-lkb1-loss.html',
  'entry (strategy)': 'strategies/engineered-cytokines.html',
  'kind list': 'mechanisms.html',
  bibliography: 'references.html',
  classification: 'classification.html',
  map: 'map.html',
  explorer: 'explorer.html',
  glossary: 'glossary.html',
  '中文 home': 'zh.html',
  '中文 entry (mechanism)': 'zh/mechanisms/stk11-lkb1-loss.html',
  '中文 entry (strategy)': 'zh/strategies/engineered-cytokines.html',
  '中文 kind list': 'zh/mechanisms.html',
  '中文 map': 'zh/map.html',
  '中文 glossary': 'zh/glossary.html',
};

export function weighBuilt(): { blank: PageWeight; pages: [string, PageWeight][] } {
  const blankDir = buildBlank();
  const blank = weighPage(
    readFileSync(join(blankDir, '.next/server/app/index.html'), 'utf8'),
    readAssetFrom(join(blankDir, '.next'), join(blankDir, 'public')),
  );
  const dist = join(root, process.env.NEXT_DIST_DIR || '.next');
  const pages: [string, PageWeight][] = [];
  for (const [name, file] of Object.entries(PAGES)) {
    const p = join(dist, 'server/app', file);
    if (!existsSync(p)) continue;
    pages.push([name, weighPage(readFileSync(p, 'utf8'), readAssetFrom(dist, join(root, 'public')))]);
  }
  return { blank, pages };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function pageWeightTable(): string {
  const { blank, pages } = weighBuilt();
  const rows = [
    '| page | JS gzip | vs blank | CSS gzip | HTML gzip |',
    '|---|---|---|---|---|',
    `| blank Next ${JSON.parse(readFileSync(join(root, 'node_modules/next/package.json'), 'utf8')).version} page | ${kb(blank.jsGzip)} | — | ${kb(blank.cssGzip)} | ${kb(blank.htmlGzip)} |`,
    ...pages.map(
      ([name, w]) =>
        `| ${name} | ${kb(w.jsGzip)} | +${kb(w.jsGzip - blank.jsGzip)} (×${(w.jsGzip / blank.jsGzip).toFixed(3)}) | ${kb(w.cssGzip)} | ${kb(w.htmlGzip)} |`,
    ),
  ];
  return rows.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(pageWeightTable());
