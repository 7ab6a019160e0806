/**
 * Issue 12's page budget on the built site: every page of the static export at most 60 KB of gzipped HTML and at
 * most 2,000 DOM elements (counted in Chromium with JavaScript off: the page as served). Split in four so the
 * workers share it; each part names every page over budget, not only the first.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, kib, measurePages, overBudget, PAGE_BUDGET } from '../../lib/bench/page-budget';

const PAGES = builtPages(join(process.cwd(), 'out'));
const PARTS = 4;

test('the export has a page for every entry and view (the budget below covers them all)', () => {
  expect(PAGES.length).toBeGreaterThan(200);
  expect(PAGES.map((p) => p.url)).toEqual(expect.arrayContaining(['/', '/references', '/glossary', '/map', '/mechanisms/stk11-lkb1-loss']));
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
