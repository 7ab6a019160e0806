/**
 * Issue 12's page budget on the built site: every page of the static export at most 60 KB of gzipped HTML and at
 * most 2,000 DOM elements (counted in Chromium with JavaScript off: the page as served). Split in four so the
 * workers share it; each part names every page over budget, not only the first.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, countElements, kib, PAGE_BUDGET } from '../../lib/bench/page-budget';

const PAGES = builtPages(join(process.cwd(), 'out'));
const PARTS = 4;
const NOT_FOUND = new Set(['/404', '/_not-found']);

test('the export has a page for every entry and view (the budget below covers them all)', () => {
  expect(PAGES.length).toBeGreaterThan(200);
  expect(PAGES.map((p) => p.url)).toEqual(expect.arrayContaining(['/', '/references', '/glossary', '/map', '/mechanisms/stk11-lkb1-loss']));
});

for (let part = 0; part < PARTS; part++) {
  test(`every page within ${kib(PAGE_BUDGET.htmlGzipBytes)} gzip and ${PAGE_BUDGET.elements} elements (part ${part + 1} of ${PARTS})`, async ({
    browser,
  }) => {
    const mine = PAGES.filter((_, i) => i % PARTS === part);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const over: string[] = [];
    try {
      for (const p of mine) {
        if (p.htmlGzipBytes > PAGE_BUDGET.htmlGzipBytes)
          over.push(`${p.url}: ${p.htmlGzipBytes} bytes gzip (budget ${PAGE_BUDGET.htmlGzipBytes})`);
        // The not-found page (404.html, and Next's copy _not-found.html) is what unknown paths get.
        await page.goto(NOT_FOUND.has(p.url) ? '/no-such-page' : p.url, { waitUntil: 'domcontentloaded' });
        const elements = await page.evaluate(countElements);
        if (elements > PAGE_BUDGET.elements) over.push(`${p.url}: ${elements} elements`);
      }
    } finally {
      await context.close();
    }
    expect(over).toEqual([]);
  });
}
