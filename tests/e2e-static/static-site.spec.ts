/**
 * The static export (out/, from `npm run build:static`) served by a plain static file server that applies
 * out/_headers (scripts/serve-static.mjs), not by Next: pages under their normal URLs, headers, search from the
 * URL with and without JavaScript, and a script policy that blocks injected inline script.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { injectedInlineScriptRuns, watchCsp } from '../e2e/csp-watch';
import { PAGE_TYPES } from '../e2e/pages';
import { KIND_INFO, KINDS } from '../../lib/content/kinds';
import { MALFORMED_PATHS } from '../helpers/malformed-paths';

const scriptSrc = (csp: string | undefined) => /(?:^|;\s*)script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
const PAGES = Object.entries(PAGE_TYPES).filter(([type]) => !type.endsWith('not found'));

test.describe('static site', () => {
  for (const [type, url] of PAGES) {
    test(`${type} (${url}) loads with its headers, its own hash policy and no violation`, async ({ page }) => {
      const csp = await watchCsp(page);
      const res = await page.goto(url);
      expect(res!.status()).toBe(200);
      const h = res!.headers();
      expect(scriptSrc(h['content-security-policy'])).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['content-encoding']).toBe('br');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await csp.violations()).toEqual([]);
    });
  }

  test('an unknown address under /zh/ gets the Chinese not-found page with 404, its headers and policy', async ({ page }) => {
    const csp = await watchCsp(page);
    const res = await page.goto('/zh/no-such-page');
    expect(res!.status()).toBe(404);
    const h = res!.headers();
    expect(scriptSrc(h['content-security-policy'])).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(h['x-content-type-options']).toBe('nosniff');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到页面');
    await page.waitForLoadState('networkidle');
    expect(await csp.violations()).toEqual([]);
  });

  test('an injected inline script is blocked on every page type', async ({ page }) => {
    for (const [, url] of Object.entries(PAGE_TYPES)) {
      await page.goto(url);
      expect(await injectedInlineScriptRuns(page), url).toBe(false);
    }
  });

  test('unknown paths get the 404 page, .html and trailing-slash URLs redirect to the clean URL, _headers is not served', async ({
    request,
  }) => {
    const missing = await request.get('/no-such-page');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    for (const u of ['/mechanisms/stk11-lkb1-loss.html', '/mechanisms/stk11-lkb1-loss/']) {
      const r = await request.get(u, { maxRedirects: 0 });
      expect(r.status(), u).toBe(308);
      expect(r.headers().location, u).toBe('/mechanisms/stk11-lkb1-loss');
    }
    expect((await request.get('/_headers')).status()).toBe(404);
  });

  test('exports, feed, sitemap and the search index are files with the shared policy', async ({ request }) => {
    for (const u of [
      '/api/entries.json',
      '/api/entries.schema.json',
      '/references.bib',
      '/references.ris',
      '/references.json',
      '/references.gbt7714.txt',
      '/cite/stk11-lkb1-loss.bib',
      '/cite/stk11-lkb1-loss.gbt7714.txt',
      '/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/search-index/manifest.json',
    ]) {
      const r = await request.get(u);
      expect(r.status(), u).toBe(200);
      expect(scriptSrc(r.headers()['content-security-policy']), u).toBe("'self'");
    }
    const plain = await request.get('/search-index/manifest.json', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    const gz = await request.get('/search-index/manifest.json', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers()['content-encoding']).toBe('gzip');
    expect(await gz.json()).toEqual(await plain.json());
  });

  test('the _headers file gives each page the hashes of its own inline scripts', async ({ request }) => {
    const text = readFileSync('out/_headers', 'utf8');
    const html = await (await request.get('/mechanisms/stk11-lkb1-loss')).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    const rule = new RegExp(`^/mechanisms/stk11-lkb1-loss\\n  Content-Security-Policy: ([^\\n]+)`, 'm').exec(text)?.[1];
    expect(scriptSrc(rule)).toBe(scriptSrc(meta));
    expect(text).not.toMatch(/script-src[^;\n]*unsafe-inline/);
  });

  for (const path of MALFORMED_PATHS) {
    test(`${path} answers 400 with the security headers`, async ({ request }) => {
      const r = await request.get(`http://127.0.0.1:${process.env.E2E_STATIC_PORT ?? 3200}${path}`);
      expect(r.status()).toBe(400);
      expect(r.headers()['x-content-type-options']).toBe('nosniff');
      expect(r.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    });
  }
});

test.describe('static search page', () => {
  test('shows results from the URL, filters included', async ({ page }) => {
    await page.goto('/search?q=LKB1');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute('href', '/biomarkers/stk11');
    await expect(page.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('LKB1');
    await page.goto('/search?q=resistance&kind=mechanisms&origin=extrinsic');
    await expect(page.getByRole('checkbox', { name: 'Mechanisms' })).toBeChecked();
    const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(links.first()).toBeVisible();
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/mechanisms\//);
  });

  test('submitting the form searches', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByRole('heading', { name: 'Type a term to search' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search terms' }).fill('肿瘤微环境');
    await page.getByRole('search', { name: 'Search with filters' }).getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/q=%E8%82%BF/);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute(
      'href',
      '/concepts/tumour-microenvironment',
    );
  });

  test('hostile queries render as text', async ({ page }) => {
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`);
    await expect(page.getByRole('heading', { name: /results for “<script>alert\(1\)<\/script><img/ })).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(alerted).toBe(false);
  });

  test('/evidence applies the URL filters in the browser, and keeps the boxes ticked', async ({ page }) => {
    await page.goto('/evidence?level=A&direction=does-not-support');
    const heading = page.getByRole('heading', { name: /statements? match the filters/ });
    await expect(heading).toBeVisible();
    const list = page.getByRole('list', { name: 'Evidence statements' }).locator(':scope > li');
    expect(await list.count()).toBeGreaterThan(0);
    for (const text of await list.allInnerTexts()) {
      expect(text).toContain('Level A');
      expect(text).toContain('Evidence against');
    }
    await expect(page.getByRole('checkbox', { name: 'A: Validated' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Evidence against' })).toBeChecked();
  });

  test('without JavaScript, every entry is still reachable: the kind lists and the A–Z glossary', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto('/search?q=%E8%80%90%E8%8D%AF');
    const browse = page.getByRole('navigation', { name: 'Browse every entry' });
    await expect(browse).toBeVisible();
    for (const k of KINDS)
      await expect(browse.getByRole('link', { name: KIND_INFO[k].plural, exact: true })).toHaveAttribute('href', `/${KIND_INFO[k].dir}`);
    await expect(browse.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '/glossary');
    // And a kind list leads on to its entries, without JavaScript either.
    await browse.getByRole('link', { name: KIND_INFO[KINDS[0]].plural, exact: true }).click();
    await expect(page.locator(`main a[href^="/${KIND_INFO[KINDS[0]].dir}/"]`).first()).toBeVisible();
    await ctx.close();
  });

  test('client-side navigation between pages works', async ({ page }) => {
    await page.goto('/mechanisms');
    const first = page.locator('main a[href^="/mechanisms/"]').first();
    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
