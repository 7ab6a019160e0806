/**
 * The wide accessibility audit: every list and view, every glossary letter and bibliography section in light and
 * dark, a sample of entry pages in both languages, and the search dialog open in both themes. The page-type scans in
 * a11y.spec.ts cover every page type of both languages fully in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_INFO, KINDS } from '../../lib/content/kinds';
import { loadReferences } from '../../lib/content/references';
import { buildBibliography } from '../../lib/discovery/bibliography';
import { SECTION_KEYS } from '../../lib/discovery/glossary';
import { glossarySectionHref } from '../../lib/discovery/routes';
import { localizeHref } from '../../lib/i18n/locales';
import { PAGES } from '../../lib/site/pages';
import { sampleUrl } from './pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KIND_DIRS = KINDS.map((k) => KIND_INFO[k].dir);

const URLS: string[] = [
  // Every registry page (the glossary index is light now that terms live on letter pages); the letter pages are
  // scanned below, every one of them.
  ...PAGES.filter((p) => p.route !== '/glossary/[section]' && p.route !== '/references/[section]').map((p) =>
    sampleUrl(p, { search: '?q=resistance&kind=mechanism' }),
  ),
  // A kind folder without entries yet may not exist.
  ...KIND_DIRS.filter((d) => existsSync(join(process.cwd(), 'content', d))).flatMap((d) =>
    readdirSync(join(process.cwd(), 'content', d))
      .filter((f) => f.endsWith('.mdx') && !f.endsWith('.zh.mdx'))
      .map((f) => `/${d}/${f.slice(0, -4)}`),
  ),
];

/**
 * What the audit samples (a11y.spec.ts scans one page of every type fully in both themes and both languages; this
 * audit adds breadth). Every registry page and every bibliography and glossary section, in both themes. Entry pages
 * share one template per kind, so: every second English entry in light with every rule, every fourth in dark with the
 * colour rules, and a Chinese entry page every fourth (offset, so other entries than the English sample) with every
 * rule in light. Entries are listed kind by kind, so every kind is in each sample. Scanning every page of both
 * languages would take the CI run past its budget while repeating the same markup.
 */
const ENTRY_URLS = URLS.filter((u) => KIND_DIRS.some((d) => u.startsWith(`/${d}/`)));
const VIEW_URLS = URLS.filter((u) => !ENTRY_URLS.includes(u));
const LIGHT: readonly string[] = ENTRY_URLS.filter((_, i) => i % 2 === 0);
const DARK: readonly string[] = ENTRY_URLS.filter((_, i) => i % 4 === 0);
const ZH_LIGHT: readonly string[] = [...VIEW_URLS, ...ENTRY_URLS.filter((_, i) => i % 4 === 1)].map((u) => localizeHref('zh', u));

/** Every bibliography section page (letters of first authors, regulatory decisions, registrations). */
const BIBLIOGRAPHY_SECTIONS = buildBibliography(
  loadReferences(readFileSync('content/references.yaml', 'utf8'), 'content/references.yaml').references,
).map((s) => s.href);

/**
 * Every possible glossary section page: A–Z, 0–9, Other and the 23 pinyin initials of the Chinese terms (no
 * syllable begins with i, u or v). A section without terms has no page (checked below).
 */
const GLOSSARY_SECTIONS = SECTION_KEYS.map((k) => glossarySectionHref(k));

/**
 * The rules whose outcome depends on colour. A theme changes nothing but colours (every colour is a light-dark()
 * pair in app/globals.css; the DOM is the same), so in dark a page is scanned with these rules only: the full rule
 * set in dark would repeat the light scan's structural checks at about twice the cost. a11y.spec.ts runs the full
 * set in both themes on one page of every type, and the search dialog below is scanned fully in both.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (rules === 'all' ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES)).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SCHEMES = ['light', 'dark'] as const;

async function scan(page: Page, url: string, scheme: (typeof SCHEMES)[number]) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  expect(await violations(page, scheme === 'light' ? 'all' : 'colour'), `${url} (${scheme})`).toEqual([]);
}

// One scan per test: a test that scanned a large page twice ran close to its timeout on a busy machine.
test.describe('axe on every page, light and dark', () => {
  for (const url of [...VIEW_URLS, ...BIBLIOGRAPHY_SECTIONS]) {
    for (const scheme of SCHEMES) {
      test(`${url} (${scheme})`, async ({ page }) => {
        await scan(page, url, scheme);
      });
    }
  }
  for (const [urls, scheme] of [
    [LIGHT, 'light'],
    [DARK, 'dark'],
    [ZH_LIGHT, 'light'],
  ] as const) {
    for (const url of urls) {
      test(`${url} (${scheme})`, async ({ page }) => {
        await scan(page, url, scheme);
      });
    }
  }

  for (const url of GLOSSARY_SECTIONS) {
    for (const scheme of SCHEMES) {
      test(`${url} (${scheme})`, async ({ page, request }) => {
        const status = (await request.get(url)).status();
        if (status === 404) {
          // A letter without terms has no page, and the glossary index does not link to one.
          await page.goto('/glossary');
          await expect(page.locator(`a[href="${url}"]`)).toHaveCount(0);
          return;
        }
        expect(status).toBe(200);
        await scan(page, url, scheme);
      });
    }
  }

  test('the search dialog, open with results, in both themes', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
      await dialog.getByRole('combobox').fill('exhaustion');
      await expect(dialog.getByRole('option').first()).toBeVisible();
      expect(await violations(page), `dialog (${scheme})`).toEqual([]);
    }
  });
});
