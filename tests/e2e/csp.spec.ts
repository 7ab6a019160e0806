import { expect, test } from '@playwright/test';
import { injectedInlineScriptRuns, watchCsp } from './csp-watch';
import { PAGE_TYPES } from './pages';

const scriptSrc = (csp: string | undefined) => /(?:^|;\s*)script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';

test.describe('script policy of npm start', () => {
  for (const [type, url] of Object.entries(PAGE_TYPES)) {
    test(`${type} (${url}): hashes and 'self' only, no violation, injected inline script blocked`, async ({ page }) => {
      const csp = await watchCsp(page);
      const res = await page.goto(url);
      const header = res!.headers()['content-security-policy'];
      const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
      if ((await metas.count()) > 0) {
        // A prerendered page: hashes only, and the header and its own <meta> policy allow the same scripts.
        expect(scriptSrc(header)).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
        expect(scriptSrc(header)).toBe(scriptSrc((await metas.first().getAttribute('content'))!));
      } else {
        // A page rendered per request (/evidence with filters): a fresh nonce that Next put on its inline scripts.
        expect(scriptSrc(header)).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]+'$/);
      }
      await page.waitForLoadState('networkidle');
      expect(await csp.violations()).toEqual([]);
      expect(await injectedInlineScriptRuns(page)).toBe(false);
      // The injected script is the only thing reported (once per policy: the header and the <meta>).
      await expect.poll(async () => (await csp.violations()).length).toBeGreaterThan(0);
      for (const v of await csp.violations()) expect(v).toMatch(/script-src-elem inline|Executing inline script violates/);
    });
  }

  test('pages hydrate under the policy: search from the URL and the dialog work with no violation', async ({ page }) => {
    const csp = await watchCsp(page);
    await page.goto('/search?q=LKB1');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute('href', '/biomarkers/stk11');
    await page.keyboard.press('/');
    await page.keyboard.type('TMB');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await csp.violations()).toEqual([]);
  });
});
