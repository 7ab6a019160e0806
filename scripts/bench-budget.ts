/**
 * Every page against issue 12's budget (≤ 60 KB gzip HTML, ≤ 2,000 DOM elements), on the static export: built
 * first when out/ is missing, served by scripts/serve-static.mjs on a private port, elements counted in Chromium
 * with JavaScript off. Prints the heaviest pages by each measure.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/bench/chromium.mjs';
import { builtPages, kib, measurePages, overBudget, PAGE_BUDGET, type MeasuredPage } from '../lib/bench/page-budget';
import { median } from '../lib/bench/median';
import { startServer } from './bench-server';

const PORT = 3302;

export async function pageBudgetTable(): Promise<string> {
  const out = join(process.cwd(), 'out');
  if (!existsSync(join(out, '_headers'))) {
    const b = spawnSync('npm', ['run', 'build:static'], { stdio: 'inherit', env: { ...process.env, SITE_URL: 'http://127.0.0.1:3200' } });
    if (b.status !== 0) throw new Error('npm run build:static failed');
  }
  const server = await startServer(PORT, 'scripts/serve-static.mjs');
  let measured: MeasuredPage[];
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
    try {
      measured = await measurePages(browser, server.base, builtPages(out));
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
  const top = (by: (p: MeasuredPage) => number) =>
    [...measured]
      .sort((a, b) => by(b) - by(a))
      .slice(0, 6)
      .map((p) => `${p.url} (${kib(p.htmlGzipBytes)}, ${p.elements})`)
      .join('; ');
  const over = overBudget(measured);
  return [
    `| every page of the static export (${measured.length}) | figure |`,
    '|---|---|',
    `| budget | ${kib(PAGE_BUDGET.htmlGzipBytes)} gzip HTML, ${PAGE_BUDGET.elements} elements |`,
    `| over budget | ${over.length ? over.join('; ') : 'none'} |`,
    `| heaviest HTML (gzip, elements) | ${top((p) => p.htmlGzipBytes)} |`,
    `| most elements (gzip, elements) | ${top((p) => p.elements)} |`,
    `| median page | ${kib(median(measured.map((p) => p.htmlGzipBytes)))}, ${median(measured.map((p) => p.elements))} elements |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await pageBudgetTable());
