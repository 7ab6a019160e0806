/**
 * The full accessibility audit: every page of the site (every entry, every list and view, every glossary letter),
 * in light and dark, plus the search dialog open in both themes. The page-type scans in a11y.spec.ts fail fast; this one is complete.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KIND_DIRS = ['mechanisms', 'biomarkers', 'cells-and-molecules', 'strategies', 'concepts', 'topics'];

const URLS = [
  '/',
  '/references',
  '/classification',
  '/map',
  '/explorer?f=stk11-lof,kras-mut',
  '/strategy-matrix',
  '/glossary',
  '/search?q=resistance&kind=mechanism',
  ...KIND_DIRS.map((d) => `/${d}`),
  ...KIND_DIRS.flatMap((d) =>
    readdirSync(join(process.cwd(), 'content', d))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `/${d}/${f.slice(0, -4)}`),
  ),
];

/** Every possible glossary section page; a section without terms has no page (checked below). */
const GLOSSARY_SECTIONS = [...'abcdefghijklmnopqrstuvwxyz'.split(''), '0-9', 'other', 'zh'].map((k) => `/glossary/${k}`);

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SCHEMES = ['light', 'dark'] as const;

async function scan(page: Page, url: string, scheme: (typeof SCHEMES)[number]) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  expect(await violations(page), `${url} (${scheme})`).toEqual([]);
}

// One scan per test: a test that scanned a large page twice ran close to its timeout on a busy machine.
test.describe('axe on every page, light and dark', () => {
  for (const url of URLS) {
    for (const scheme of SCHEMES) {
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
