import { expect, test, type Page } from '@playwright/test';

async function openDialog(page: Page) {
  await page.goto('/concepts/primary-resistance');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Loading the search index…')).toBeHidden();
  return dialog;
}

/** Queries a student types, and the entry that must come first. */
const FIRST_RESULT: [string, string][] = [
  ['T cell exhaustion', '/concepts/t-cell-exhaustion'],
  ['TMB', '/biomarkers/tmb'],
  ['MDSC', '/cells-and-molecules/mdscs'],
  ['irAE', '/concepts/immune-related-adverse-events'],
  ['LKB1', '/biomarkers/stk11'],
  ['CD274', '/biomarkers/pd-l1'],
  ['HAVCR2', '/biomarkers/tim-3'],
  ['bempegaldesleukin', '/drugs/bempegaldesleukin'],
  ['NKTR-214', '/drugs/bempegaldesleukin'],
  // A drug's exact development code names the drug first (its trials follow).
  ['N-803', '/drugs/nogapendekin-alfa-inbakicept'],
  ['V940', '/drugs/mrna-4157'],
  ['KEYNOTE-024', '/trials/keynote-024'],
  ['CheckMate 227', '/trials/checkmate-227'],
  ['Keytruda', '/drugs/pembrolizumab'],
  ['Tagrisso', '/drugs/osimertinib'],
  ['TGF-β', '/cells-and-molecules/tgf-beta'],
  ['TGF beta', '/cells-and-molecules/tgf-beta'],
  ['interferon gamma', '/cells-and-molecules/interferon-gamma'],
  ['肿瘤微环境', '/concepts/tumour-microenvironment'],
  ['假进展', '/concepts/pseudoprogression'],
  ['调节性T细胞', '/cells-and-molecules/regulatory-t-cells'],
  ['抗体偶联药物', '/strategies/antibody-drug-conjugates'],
  ['pseudoprogresion', '/concepts/pseudoprogression'],
];

test.describe('search dialog', () => {
  test('opens with / and Ctrl+K, closes with Esc, returns focus', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  for (const [q, url] of FIRST_RESULT) {
    test(`"${q}" finds ${url} first`, async ({ page }) => {
      const dialog = await openDialog(page);
      await dialog.getByRole('combobox').fill(q);
      const first = dialog.getByRole('option').first();
      await expect(first).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${url}$`));
    });
  }

  test('arrow keys move through the results and Enter opens the active one', async ({ page }) => {
    const dialog = await openDialog(page);
    const box = dialog.getByRole('combobox');
    await box.fill('resistance');
    const options = dialog.getByRole('option');
    await expect(options.nth(2)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(2).getAttribute('id'))!);
    const title = await options.nth(2).locator('.font-semibold').innerText();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('results show the kind, the Chinese name and highlighted matches', async ({ page }) => {
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox').fill('exhaustion');
    const first = dialog.getByRole('option').first();
    await expect(first.locator('.badge')).toHaveText('Concept');
    await expect(first.locator('[lang="zh-Hans"]')).not.toBeEmpty();
    await expect(first.locator('mark').first()).toContainText(/exhaust/i);
  });

  test('hostile input is inert and shows a clear empty state', async ({ page }) => {
    const dialog = await openDialog(page);
    const box = dialog.getByRole('combobox');
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    for (const q of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '.*+?^${}()|[]\\',
      '__proto__',
      '💥🧪',
      'مقاومة المناعة',
      'x'.repeat(10_000),
      '   ',
    ]) {
      await box.fill(q);
      // A clear state, never a blank: the empty-state text, or real results ("__proto__" is spelling-corrected
      // to "proton", as in "proton-pump inhibitors", since that entry exists).
      await expect(
        dialog.getByText(/No entries match|Type an English or Chinese term/).or(dialog.getByRole('option').first()),
      ).toBeVisible();
    }
    expect(alerted).toBe(false);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  });

  test('a missing index shows a clear error, not a blank', async ({ page }) => {
    await page.route('**/search-index/manifest.json', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog', { name: 'Search the atlas' }).getByRole('alert')).toContainText('Search is unavailable');
  });

  test('a corrupted index shows a clear error, not a crash', async ({ page }) => {
    await page.route('**/search-index/manifest.json', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 999, "junk": true' }),
    );
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog', { name: 'Search the atlas' }).getByRole('alert')).toContainText('Search is unavailable');
  });

  test('a missing index shard shows a clear error naming it, not a blank', async ({ page }) => {
    await page.route('**/search-index/*/terms-*.json', (r) => r.fulfill({ status: 404, body: 'gone' }));
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox').fill('TMB');
    await expect(dialog.getByRole('alert')).toContainText(/Search is unavailable: .*terms-\d+\.json answered HTTP 404/);
  });

  test('each query fetches a few small index files, not the whole index', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/search-index/')) fetched.push(new URL(r.url()).pathname);
    });
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox').fill('TMB');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    expect(fetched[0]).toBe('/search-index/manifest.json');
    // The manifest carries the display records at this size; a query fetches only the shards of its words.
    for (const p of fetched.slice(1)) expect(p).toMatch(/^\/search-index\/[a-z0-9]+\/terms-\d+\.json$/);
    expect(fetched.length, fetched.join(' ')).toBeLessThanOrEqual(3);
  });

  test('the index is not fetched until search opens', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('search-index')) fetched.push(r.url());
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => fetched.length).toBe(1);
  });
});

test.describe('search page', () => {
  test('works from a shared URL, with results in a labelled list', async ({ page }) => {
    await page.goto('/search?q=LKB1');
    const list = page.getByRole('list', { name: 'Search results' });
    await expect(list.getByRole('link').first()).toHaveAttribute('href', '/biomarkers/stk11');
    await expect(page.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('LKB1');
  });

  test('filters narrow the results and live in the URL', async ({ page }) => {
    await page.goto('/search?q=resistance');
    await page.getByRole('checkbox', { name: 'Mechanisms' }).check();
    await page.getByRole('checkbox', { name: 'Extrinsic' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/kind=mechanism/);
    await expect(page).toHaveURL(/origin=extrinsic/);
    const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(links.first()).toBeVisible();
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/mechanisms\//);
  });

  test('without JavaScript, leads to every entry through the kind lists and the A–Z glossary', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto('/search?q=%E8%80%90%E8%8D%AF');
    const browse = page.getByRole('navigation', { name: 'Browse every entry' });
    for (const href of ['/mechanisms', '/biomarkers', '/glossary']) await expect(browse.locator(`a[href="${href}"]`)).toBeVisible();
    await ctx.close();
  });

  test('hostile queries render as text', async ({ page }) => {
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`);
    await expect(page.getByRole('heading', { name: /results for “<script>alert\(1\)<\/script><img/ })).toBeVisible();
    expect(await page.locator('script').evaluateAll((s) => s.filter((x) => x.textContent?.trim() === 'alert(1)').length)).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(alerted).toBe(false);
  });
});
