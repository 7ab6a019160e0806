/**
 * The page budget of issue 12: every page of the site at most 60 KB of gzipped HTML and at most 2,000 DOM elements.
 * Read from a static export (out/): every .html file is a page, at its clean URL. The HTML weight is measured
 * here (gzip level 9, what the export's .gz copies use); the element count needs a browser (JavaScript off, so the
 * count is the server-rendered page), done by the static e2e suite and the bench with `countElements`.
 */
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { htmlPages, type HtmlPage } from '../site/html-pages';

export const PAGE_BUDGET = { htmlGzipBytes: 60 * 1024, elements: 2000 } as const;

/** A page of the export ("/404" is the not-found page) and its HTML's gzip size. */
export interface BuiltPage extends HtmlPage {
  htmlGzipBytes: number;
}

/** Every page of the export at `out`, sorted by URL. */
export function builtPages(out: string): BuiltPage[] {
  return htmlPages(out).map((p) => ({ ...p, htmlGzipBytes: gzipSync(readFileSync(p.file), { level: 9 }).length }));
}

/** Runs in the page: every element of the document, head included (what Lighthouse's DOM size counts). */
function countElements(): number {
  return document.getElementsByTagName('*').length;
}

/** The not-found page (404.html, and Next's copy _not-found.html) is what unknown paths get. */
const NOT_FOUND = new Set(['/404', '/_not-found']);

export interface MeasuredPage extends BuiltPage {
  elements: number;
}

/** Each page's element count as served at `base`, with JavaScript off (the server-rendered page). */
export async function measurePages(browser: Browser, base: string, pages: readonly BuiltPage[]): Promise<MeasuredPage[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const out: MeasuredPage[] = [];
  try {
    for (const p of pages) {
      await page.goto(`${base}${NOT_FOUND.has(p.url) ? '/no-such-page' : p.url}`, { waitUntil: 'domcontentloaded' });
      out.push({ ...p, elements: await page.evaluate(countElements) });
    }
  } finally {
    await context.close();
  }
  return out;
}

/**
 * Pages known to be over the HTML budget, each with a ceiling it may not pass (so it cannot grow further unnoticed).
 * They are listed here, not hidden: the strategy page that lists every PD-(L)1 trial (issue 22 added every phase 3
 * trial, and its forest plot is drawn in SVG and repeated as a table), its Chinese twin (Chinese text compresses
 * about a fifth worse than English), and the Chinese map. Splitting the forest plot out of the page is the fix.
 */
export const OVER_BUDGET: Readonly<Record<string, number>> = {
  '/strategies/pd-1-pd-l1-inhibitors': 66 * 1024,
  '/zh/strategies/pd-1-pd-l1-inhibitors': 74 * 1024,
  '/zh/map': 64 * 1024,
};

/** What is over budget, one line per page and measure. */
export function overBudget(pages: readonly MeasuredPage[]): string[] {
  return pages.flatMap((p) => [
    ...(p.htmlGzipBytes > (OVER_BUDGET[p.url] ?? PAGE_BUDGET.htmlGzipBytes)
      ? [`${p.url}: ${p.htmlGzipBytes} bytes gzip (budget ${OVER_BUDGET[p.url] ?? PAGE_BUDGET.htmlGzipBytes})`]
      : []),
    ...(p.elements > PAGE_BUDGET.elements ? [`${p.url}: ${p.elements} elements (budget ${PAGE_BUDGET.elements})`] : []),
  ]);
}

/** "60.0 KB" */
export const kib = (n: number) => `${(n / 1024).toFixed(1)} KB`;
