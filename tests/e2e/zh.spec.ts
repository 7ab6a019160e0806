/**
 * The Chinese edition as a reader meets it: every page type in Chinese (<html lang>, links that stay in Chinese,
 * hreflang pairs, Open Graph locale, JSON-LD language), the language switcher keeping the page, query and fragment,
 * untranslated entries under a notice, the Chinese 404, and English pages untouched.
 */
import { expect, test, type Page } from '@playwright/test';
import { basePath, isPagePath } from '../../lib/i18n/locales';
import { EN_PAGE_TYPES, ZH_PAGE_TYPES } from './pages';

/** Root-relative page links of the page (files, exports and same-page fragments aside). */
async function pageLinks(page: Page, filter = ''): Promise<string[]> {
  const hrefs = await page.locator(`a[href^="/"]${filter}`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((h) => isPagePath(h));
}

test.describe('every Chinese page type', () => {
  for (const [name, url] of Object.entries(ZH_PAGE_TYPES)) {
    test(`${name} (${url}) is Chinese and links within the Chinese edition`, async ({ page }) => {
      const res = await page.goto(url);
      expect(res!.status()).toBe(name.endsWith('not found') ? 404 : 200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const h1 = (await page.locator('h1').first().textContent()) ?? '';
      expect(h1, 'a Chinese heading').toMatch(/[\u4e00-\u9fff]/);
      // Every page link stays in the Chinese edition, except the switcher to the English page and
      // links marked as going to English on purpose (the English section of a stale or untranslated page).
      const switcher = page.locator('a[data-lang-switch]');
      await expect(switcher).toHaveAttribute('hreflang', 'en');
      const english = await page.locator('a[href^="/"][hreflang="en"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const links = (await pageLinks(page)).filter((h) => !english.includes(h));
      expect(links.filter((h) => !(h === '/zh' || h.startsWith('/zh/') || h.startsWith('/zh?') || h.startsWith('/zh#')))).toEqual([]);
      if (!name.endsWith('not found')) {
        await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
      }
    });
  }
});

test('a translated entry declares its pair; its English twin declares the same pair', async ({ page }) => {
  for (const url of ['/zh/mechanisms/stk11-lkb1-loss', '/mechanisms/stk11-lkb1-loss']) {
    await page.goto(url);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/mechanisms\/stk11-lkb1-loss$/);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh\/mechanisms\/stk11-lkb1-loss$/);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/mechanisms\/stk11-lkb1-loss$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${url.replace(/\//g, '\\/')}$`));
  }
  await page.goto('/zh/mechanisms/stk11-lkb1-loss');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(ld.inLanguage).toBe('zh-CN');
  await expect(page.locator('article')).not.toHaveAttribute('lang', 'en');
});

test('the language switcher keeps the page, the query string and the fragment, both ways', async ({ page }) => {
  await page.goto('/biomarkers/stk11?from=test#role-in-resistance');
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/zh\/biomarkers\/stk11\?from=test#role-in-resistance$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/biomarkers\/stk11\?from=test#role-in-resistance$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The home pages map onto each other.
  await page.goto('/zh');
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/$/);
});

test('the switcher is reachable by keyboard and announces the target language', async ({ page }) => {
  await page.goto('/zh/map');
  const switcher = page.locator('a[data-lang-switch]');
  await expect(switcher).toHaveAttribute('lang', 'en');
  for (let i = 0; i < 12 && !(await switcher.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(switcher).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/map$/);
});

test('unknown Chinese addresses answer 404 with the Chinese not-found page', async ({ page }) => {
  for (const url of ['/zh/no-such-page', '/zh/mechanisms/no-such-entry', '/zh/a/b/c']) {
    const res = await page.goto(url);
    expect(res!.status(), url).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveText('未找到页面');
  }
});

test('English pages are unchanged in language: lang="en", Chinese blocks marked, links stay English', async ({ page }) => {
  for (const url of Object.values(EN_PAGE_TYPES).slice(0, 6)) {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The language switcher and the footer's translation-status link are the only ways into the Chinese edition.
    const links = (await pageLinks(page, ':not([data-lang-switch])')).filter((h) => h !== '/translation-status');
    expect(
      links.filter((h) => basePath(h) !== h),
      url,
    ).toEqual([]);
  }
  await page.goto('/mechanisms/stk11-lkb1-loss');
  await expect(page.locator('h1 + p')).toHaveAttribute('lang', /^zh/);
});

test('the translation status page lists every entry once', async ({ page }) => {
  await page.goto('/zh/translation-status');
  await expect(page.locator('h1')).toHaveText('中文版翻译状态');
  const rows = page.locator('tbody tr');
  const api = await (await page.request.get('/api/entries.json')).json();
  await expect(rows).toHaveCount(api.length);
});

test.describe('Chinese search', () => {
  /** Chinese and mixed queries a student types, and the Chinese page that must come first. */
  const FIRST: [string, string][] = [
    ['帕博利珠单抗', '/zh/drugs/pembrolizumab'],
    ['调节性T细胞', '/zh/cells-and-molecules/regulatory-t-cells'],
    ['STK11 突变', '/zh/biomarkers/stk11'],
    ['KEYNOTE-024', '/zh/trials/keynote-024'],
    ['PD-L1', '/zh/biomarkers/pd-l1'],
  ];

  test('the search page answers Chinese and mixed queries with Chinese pages', async ({ page }) => {
    for (const [q, url] of FIRST) {
      await page.goto(`/zh/search?q=${encodeURIComponent(q)}`);
      const results = page.getByRole('list', { name: '搜索结果' });
      await expect(results.getByRole('link').first(), q).toHaveAttribute('href', url);
    }
    // A broad Chinese query finds its entry among the first results, and every result is a Chinese page.
    await page.goto(`/zh/search?q=${encodeURIComponent('肿瘤突变负荷')}`);
    const links = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.slice(0, 3)).toContain('/zh/biomarkers/tmb');
    expect(hrefs.every((h) => h.startsWith('/zh/'))).toBe(true);
  });

  test('the ⌘K dialog on a Chinese page searches the Chinese index and highlights in Chinese', async ({ page }) => {
    await page.goto('/zh/concepts/primary-resistance');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '搜索图谱' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox').fill('获得性耐药');
    const first = dialog.getByRole('option').first();
    await expect(first).toBeVisible();
    await expect(first.locator('mark').first()).toHaveText(/[\u4e00-\u9fff]/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh\/concepts\/acquired-resistance$/);
  });
});

test('English text shown on a Chinese page is marked lang="en" (every page type)', async ({ page }) => {
  const unmarked: string[] = [];
  for (const [name, url] of Object.entries(ZH_PAGE_TYPES)) {
    await page.goto(url);
    const found = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('script, style, code, pre, svg, [hidden], .sr-only')) continue;
        // Six or more English words in a row is a sentence, not a name or a statistic.
        const m = /(?:[A-Za-z][a-z]{2,}[,;:]?\s+){5,}[A-Za-z][a-z]{2,}/.exec(n.textContent ?? '');
        if (m && (el.closest('[lang]')?.getAttribute('lang') ?? '') !== 'en') out.push(m[0].slice(0, 80));
      }
      return out;
    });
    for (const f of found) unmarked.push(`${name} (${url}): ${f}`);
  }
  expect(unmarked).toEqual([]);
});

test('a Chinese entry keeps the English section anchors: its contents links land, and a fragment works in both languages', async ({
  page,
}) => {
  await page.goto('/mechanisms/stk11-lkb1-loss');
  const english = await page.locator('.prose h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  await page.goto('/zh/mechanisms/stk11-lkb1-loss');
  expect(await page.locator('.prose h2[id]').evaluateAll((hs) => hs.map((h) => h.id))).toEqual(english);
  const targets = await page
    .locator('nav a[href^="#"], aside a[href^="#"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
  expect(targets.length).toBeGreaterThan(english.length);
  for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
});
