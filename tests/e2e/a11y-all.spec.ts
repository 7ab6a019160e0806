/**
 * The full accessibility audit: every page of the site (every entry, every list and view), in light and dark,
 * plus the search dialog open in both themes. The page-type scans in a11y.spec.ts fail fast; this one is complete.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_INFO, KINDS } from '../../lib/content/kinds';
import { PAGES } from '../../lib/site/pages';
import { sampleUrl } from './pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KIND_DIRS = KINDS.map((k) => KIND_INFO[k].dir);

const URLS = [
  // Every registry page but the glossary, which a11y.spec.ts scans in both themes already (its scan is the
  // slowest of all; running it twice per suite only adds time).
  ...PAGES.filter((p) => p.key !== 'glossary').map((p) => sampleUrl(p, { search: '?q=resistance&kind=mechanism' })),
  // A kind folder the content branches have not filled yet may not exist.
  ...KIND_DIRS.filter((d) => existsSync(join(process.cwd(), 'content', d))).flatMap((d) =>
    readdirSync(join(process.cwd(), 'content', d))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `/${d}/${f.slice(0, -4)}`),
  ),
];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('axe on every page, light and dark', () => {
  for (const url of URLS) {
    test(url, async ({ page }) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        expect(await violations(page), `${url} (${scheme})`).toEqual([]);
      }
    });
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
