import { expect, test } from '@playwright/test';
import { EN_PAGE_TYPES, PAGE_TYPES, ZH_PAGE_TYPES } from './pages';

const URLS = [...Object.values(PAGE_TYPES), '/search-index/manifest.json', '/theme-init.js'];

test.describe('security headers', () => {
  for (const url of URLS) {
    test(`${url} carries the security headers`, async ({ request }) => {
      const res = await request.get(url);
      const h = res.headers();
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['content-security-policy']).toContain("object-src 'none'");
      expect(h['content-security-policy']).not.toContain('unsafe-eval');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('camera=()');
      expect(h['x-powered-by']).toBeUndefined();
    });
  }

  test('prerendered pages allow only their own inline scripts, by hash', async ({ request }) => {
    for (const url of ['/', '/mechanisms/stk11-lkb1-loss', '/references']) {
      const html = await (await request.get(url)).text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(meta, url).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), url).toBeLessThan(html.indexOf('<script'));
    }
  });

  // Page types in groups of five per test (one test for every page of both languages outgrew its time): each group
  // loads its pages one after another and reports every violation it saw.
  const groups = [...Object.entries(EN_PAGE_TYPES), ...Object.entries(ZH_PAGE_TYPES)].reduce<[string, string][][]>(
    (acc, pair, i) => (i % 5 === 0 ? [...acc, [pair]] : [...acc.slice(0, -1), [...acc[acc.length - 1], pair]]),
    [],
  );
  for (const group of groups) {
    test(`no CSP violation in the console on ${group.map(([name]) => name).join(', ')}`, async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
      });
      for (const [, url] of group) {
        await page.goto(url);
        await page.waitForLoadState('networkidle');
      }
      expect(violations).toEqual([]);
    });
  }

  test('the search dialog opens under the policy with no CSP violation in the console', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog', { name: 'Search the atlas' })).toBeVisible();
    await page.keyboard.type('TMB');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});
