/**
 * Issue 12's page budget on the built site: every page of the static export at most 60 KB of gzipped HTML and at
 * most 2,000 DOM elements (counted in Chromium with JavaScript off: the page as served). Split in four so the
 * workers share it; each part names every page over budget, not only the first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { weighPage } from '../../lib/bench/page-weight';
import { basePath } from '../../lib/i18n/locales';
import { expect, test } from '@playwright/test';
import { builtPages, kib, measurePages, OVER_BUDGET, overBudget, PAGE_BUDGET } from '../../lib/bench/page-budget';

const PAGES = builtPages(join(process.cwd(), 'out'));
const PARTS = 4;

test('the export has a page for every entry and view (the budget below covers them all)', () => {
  expect(PAGES.length).toBeGreaterThan(200);
  expect(PAGES.map((p) => p.url)).toEqual(expect.arrayContaining(['/', '/references', '/glossary', '/map', '/mechanisms/stk11-lkb1-loss']));
});

test('the pages allowed over the HTML budget are still over it (the list never outlives its reason)', () => {
  for (const url of Object.keys(OVER_BUDGET)) {
    const p = PAGES.find((x) => x.url === url);
    expect(p, url).toBeDefined();
    expect(p!.htmlGzipBytes, url).toBeGreaterThan(PAGE_BUDGET.htmlGzipBytes);
  }
});

for (let part = 0; part < PARTS; part++) {
  test(`every page within ${kib(PAGE_BUDGET.htmlGzipBytes)} gzip and ${PAGE_BUDGET.elements} elements (part ${part + 1} of ${PARTS})`, async ({
    browser,
    baseURL,
  }) => {
    const measured = await measurePages(
      browser,
      baseURL!,
      PAGES.filter((_, i) => i % PARTS === part),
    );
    expect(overBudget(measured)).toEqual([]);
  });
}

test('a Chinese page ships no more script than its English twin (every pair of the export)', () => {
  const out = join(process.cwd(), 'out');
  const read = (url: string) => {
    const f = join(out, url.split('?')[0]);
    return existsSync(f) ? readFileSync(f) : null;
  };
  const byUrl = new Map(PAGES.map((p) => [p.url, p]));
  const pairs = PAGES.filter((p) => p.url.startsWith('/zh/') && p.url !== '/zh/404' && byUrl.has(basePath(p.url)));
  expect(pairs.length).toBeGreaterThan(PAGES.length / 3);
  const heavier = pairs.flatMap((zh) => {
    const en = byUrl.get(basePath(zh.url))!;
    const z = weighPage(readFileSync(zh.file, 'utf8'), read).jsGzip;
    const e = weighPage(readFileSync(en.file, 'utf8'), read).jsGzip;
    // Chunk names differ by route; a few bytes of difference in the route's own chunk are not a heavier page.
    return z > e + 64 ? [`${zh.url}: ${z} B of script gzip against ${e} B for ${en.url}`] : [];
  });
  expect(heavier).toEqual([]);
});
