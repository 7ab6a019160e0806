import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_INFO, KINDS } from '../../lib/content/kinds';
import { loadReferences } from '../../lib/content/references';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Splits a BibTeX file into records: type, key and fields (single-line `name = {value}` as the atlas writes them). */
function parseBibTeX(text: string) {
  return [...text.matchAll(/^@(\w+)\{([^,\n]+),\n([\s\S]*?)\n\}$/gm)].map((m) => ({
    type: m[1],
    key: m[2],
    fields: Object.fromEntries([...m[3].matchAll(/^ {2}(\w+) = \{(.*)\},?$/gm)].map((f) => [f[1], f[2]])),
  }));
}

/** The text of the column header a body cell sits under, found through the table's own structure. */
async function columnHeaderOf(page: Page, mechanismTitle: string) {
  const header = page.getByRole('columnheader', { name: mechanismTitle, exact: true });
  await expect(header).toHaveCount(1);
  return header.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
}

test.describe('classification matrix', () => {
  test('places STK11 loss under primary × intrinsic and its link leads to the entry', async ({ page }) => {
    await page.goto('/classification');
    const table = page.getByRole('table', { name: 'Mechanisms by timing and origin' });
    await expect(table.getByRole('columnheader')).toContainText(['Intrinsic', 'Extrinsic']);
    await expect(table.getByRole('rowheader')).toContainText(['Primary', 'Acquired', 'Primary and acquired']);

    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Primary 原发性/ }) });
    const cell = row.getByRole('cell').nth(0);
    await expect(cell).toContainText('Genomic and proteomic features · §3.1');
    const link = cell.getByRole('link', { name: 'STK11/LKB1 loss and the cold microenvironment' });
    await expect(link.locator('xpath=following-sibling::span[starts-with(@lang, "zh")]')).toHaveText('STK11/LKB1 缺失与"冷"肿瘤微环境');

    await link.click();
    await expect(page).toHaveURL(/\/mechanisms\/stk11-lkb1-loss$/);
    const badges = page.getByRole('list', { name: 'Classification' });
    await expect(badges).toContainText('Intrinsic');
    await expect(badges).toContainText('Primary');
  });

  test('says so when a cell is empty instead of leaving it blank', async ({ page }) => {
    await page.goto('/classification');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Acquired/ }) });
    await expect(row.getByRole('cell')).toHaveText([
      'No mechanism in the atlas is classified as acquired and intrinsic.',
      'No mechanism in the atlas is classified as acquired and extrinsic.',
    ]);
  });
});

test.describe('strategy × mechanism matrix', () => {
  test('shows the PD-1 plus CTLA-4 row as approved, with marks in words under the mechanisms it targets', async ({ page }) => {
    await page.goto('/strategy-matrix');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /PD-1 plus CTLA-4 combination blockade/ }) });
    await expect(row.getByRole('cell').nth(0)).toHaveText('Approved');
    await expect(row.getByRole('cell').nth(1)).toContainText('three positive on OS and three negative');

    // Cells 0–2 of a body row are stage, evidence and (as row header) the strategy: mechanisms start at cell index 3.
    const stk11 = await columnHeaderOf(page, 'STK11/LKB1 loss and the cold microenvironment');
    await expect(row.locator('th, td').nth(3 + stk11)).toHaveText('✓Yes, listed on both pages');
    const ddr = await columnHeaderOf(page, 'DNA-damage-response alterations and tumour mutational burden');
    await expect(row.locator('th, td').nth(3 + ddr)).toHaveText('✓MYes, listed on the mechanism page only');
    const pdl1 = await columnHeaderOf(page, 'Tumour PD-L1 expression and adaptive up-regulation');
    await expect(row.locator('th, td').nth(3 + pdl1)).toHaveText('·No');
  });

  test('scrolls inside its own region on a phone, by keyboard too, without widening the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/strategy-matrix');
    const region = page.getByRole('region', { name: 'Strategies and the mechanisms they target' });
    const overflow = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflow).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});

test.describe('glossary', () => {
  test('the letter index leads to the T page, where TMB is defined and links to its entry', async ({ page }) => {
    await page.goto('/glossary');
    await page
      .getByRole('navigation', { name: 'Glossary index' })
      .getByRole('link', { name: /^T \d+ terms$/ })
      .click();
    await expect(page).toHaveURL(/\/glossary\/t$/);
    await expect(page.getByRole('heading', { name: 'Glossary: T', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Glossary index' }).locator('[aria-current="page"]')).toHaveText(/^T \d+ terms$/);
    const tmb = page.locator('dt', { hasText: /^TMB$/ });
    await expect(tmb).toHaveAttribute('id', 'term-tmb');
    await expect(tmb).toBeVisible();
    const definition = tmb.locator('xpath=following-sibling::dd[1]');
    await expect(definition.getByRole('link', { name: 'Tumour mutational burden (TMB)' })).toHaveAttribute('href', '/biomarkers/tmb');
  });

  test('searching for LKB1 lists only LKB1 terms, and one leads to the STK11 entry', async ({ page }) => {
    await page.goto('/glossary');
    await page.getByLabel('Search the glossary').pressSequentially('LKB1');
    await expect(page.getByRole('status')).toHaveText(/^7 of \d+ terms match\.$/);
    await expect(page.getByRole('list', { name: 'Matching terms' }).getByRole('link')).toHaveText([
      'LKB1',
      'LKB1 loss',
      'LKB1 缺失',
      'STK11 (LKB1)',
      'STK11（LKB1）突变',
      'STK11/LKB1 loss and the cold microenvironment',
      'STK11/LKB1 缺失与"冷"肿瘤微环境',
    ]);
    await page.getByRole('link', { name: 'LKB1', exact: true }).click();
    await expect(page).toHaveURL(/\/glossary\/l#term-lkb1$/);
    await expect(page.locator('#term-lkb1')).toBeInViewport();
    const lkb1 = page.locator('dt', { hasText: /^LKB1$/ }).locator('xpath=following-sibling::dd[1]');
    await lkb1.getByRole('link', { name: 'STK11 (LKB1)' }).click();
    await expect(page).toHaveURL(/\/biomarkers\/stk11$/);
  });

  test('old one-page links (/glossary#term-…, #letter-…) open the term’s letter page', async ({ page }) => {
    await page.goto('/glossary#term-tmb');
    await expect(page).toHaveURL(/\/glossary\/t#term-tmb$/);
    await expect(page.locator('dt#term-tmb')).toBeInViewport();
    // 骨 reads gǔ: its term is on the 中文 G page.
    await page.goto(`/glossary#${encodeURIComponent('term-骨髓来源抑制细胞')}`);
    await expect(page).toHaveURL(/\/glossary\/zh-g#term-/);
    await expect(page.locator('dt', { hasText: /^骨髓来源抑制细胞$/ })).toBeInViewport();
    await page.goto('/glossary#letter-s');
    await expect(page).toHaveURL(/\/glossary\/s$/);
    // The one 中文 section of old is now one section per pinyin initial, listed on /glossary/zh.
    await page.goto('/glossary#letter-zh');
    await expect(page).toHaveURL(/\/glossary\/zh$/);
  });

  test('the old 中文 page lists the pinyin pages, and its term links open the term’s pinyin page', async ({ page }) => {
    await page.goto('/glossary/zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary: 中文');
    const initials = page.getByRole('list', { name: /中文 by pinyin initial/ }).getByRole('link');
    expect(await initials.count()).toBeGreaterThan(10);
    await initials.filter({ hasText: /^中文 G/ }).click();
    await expect(page).toHaveURL(/\/glossary\/zh-g$/);
    await page.goto(`/glossary/zh#${encodeURIComponent('term-骨髓来源抑制细胞')}`);
    await expect(page).toHaveURL(/\/glossary\/zh-g#term-/);
    await expect(page.locator('dt', { hasText: /^骨髓来源抑制细胞$/ })).toBeInViewport();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the letters are plain links, and the search box searches the atlas', async ({ page }) => {
      await page.goto('/glossary');
      await page
        .getByRole('navigation', { name: 'Glossary index' })
        .getByRole('list', { name: '中文 by pinyin initial' })
        .getByRole('link', { name: /^中文 G \d+ terms$/ })
        .click();
      await expect(page).toHaveURL(/\/glossary\/zh-g$/);
      await expect(page.getByRole('heading', { name: 'Glossary: 中文 G', level: 1 })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Glossary index' }).locator('[aria-current="page"]')).toHaveText(
        /^中文 G \d+ terms$/,
      );
      await expect(page.locator('dt', { hasText: /^骨髓来源抑制细胞$/ })).toBeVisible();
      await page.goto('/glossary');
      await page.getByLabel('Search the glossary').fill('LKB1');
      await page.getByLabel('Search the glossary').press('Enter');
      await expect(page).toHaveURL(/\/search\?q=LKB1$/);
    });
  });
});

test.describe('bibliography', () => {
  test('the index lists every source once and links it to its full record on its section page', async ({ page }) => {
    const references = loadReferences(readFileSync('content/references.yaml', 'utf8'), 'content/references.yaml').references;
    await page.goto('/references');
    const links = page.locator('#all-sources li > a');
    await expect(links).toHaveCount(references.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(new Set(hrefs.map((h) => h.split('#')[1]))).toEqual(new Set(references.map((r) => r.id)));
    await page.getByRole('link', { name: 'Skoulidis et al. 2018' }).first().click();
    await expect(page).toHaveURL(/\/references\/s#skoulidis-2018-stk11$/);
    const record = page.locator('li#skoulidis-2018-stk11');
    await expect(record.getByRole('link', { name: /^doi:10\./ })).toBeVisible();
    await expect(record).toContainText('Cited by:');
    await expect(record.getByRole('link', { name: 'STK11/LKB1 loss and the cold microenvironment' })).toHaveAttribute(
      'href',
      '/mechanisms/stk11-lkb1-loss',
    );
    await expect(page.getByRole('navigation', { name: 'Bibliography sections' }).getByRole('link', { name: /^S \d+/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('regulatory decisions have their own page, by agency and date', async ({ page }) => {
    await page.goto('/references');
    await page
      .getByRole('navigation', { name: 'Bibliography sections' })
      .getByRole('link', { name: /^Regulatory decisions: FDA/ })
      .click();
    await expect(page).toHaveURL(/\/references\/regulatory-fda$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bibliography: Regulatory decisions: FDA');
    const records = page.locator('main ol > li[id]');
    expect(await records.count()).toBeGreaterThan(5);
    const keys = await records.evaluateAll((lis) =>
      lis.map((li) => `${li.querySelector('abbr')?.textContent} ${li.querySelector('time')?.getAttribute('datetime')}`),
    );
    expect(
      keys.every((k) => /^[A-Z]+ \d{4}-\d{2}-\d{2}$/.test(k)),
      keys.join(', '),
    ).toBe(true);
    expect(keys).toEqual([...keys].sort());
  });

  test('old one-page links (/references#id) open the source on its section page', async ({ page }) => {
    await page.goto('/references#skoulidis-2018-stk11');
    await expect(page).toHaveURL(/\/references\/s#skoulidis-2018-stk11$/);
    await page.goto('/references#no-such-source');
    await expect(page).toHaveURL(/\/references#no-such-source$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bibliography');
    expect((await page.request.get('/references/no-such-section')).status()).toBe(404);
  });
});

test.describe('bibliography downloads', () => {
  test('the BibTeX link downloads every journal article as @article, and registrations and the source review as @misc', async ({
    page,
  }) => {
    await page.goto('/references');
    const references = loadReferences(readFileSync('content/references.yaml', 'utf8'), 'content/references.yaml').references;
    const withId = references.filter((r) => r.type === 'journal' && (r.doi || r.pmid)).length;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'BibTeX' }).click()]);
    expect(download.suggestedFilename()).toBe('resistance-atlas-references.bib');
    const records = parseBibTeX(await readFile((await download.path())!, 'utf8'));
    expect(records.filter((r) => r.type === 'article').length).toBe(withId);
    const misc = records.filter((r) => r.type === 'misc').map((r) => r.key);
    const registrations = references.filter((r) => r.type === 'registry').map((r) => r.id);
    expect(misc).toContain('source-review');
    // Besides the unverified source review, only trial registrations are @misc (decisions are @techreport, abstracts @inproceedings).
    for (const key of misc.filter((k) => k !== 'source-review')) expect(registrations, key).toContain(key);
    const sharma = records.find((r) => r.key === 'sharma-2017-primary-adaptive-acquired');
    expect(sharma?.fields).toMatchObject({ doi: '10.1016/j.cell.2017.01.017', pmid: '28187290', year: '2017', journal: 'Cell' });
    expect(records.find((r) => r.key === 'source-review')?.fields.year).toBeUndefined();
  });

  test('per-entry files are attachments in the entry’s citation order', async ({ page, request }) => {
    await page.goto('/mechanisms/stk11-lkb1-loss');
    const order = await page.locator('#references ~ ol > li').evaluateAll((lis) => lis.map((li) => li.id.replace(/^ref-/, '')));
    const json = await request.get('/cite/stk11-lkb1-loss.json');
    expect(json.headers()['content-type']).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    expect(json.headers()['content-disposition']).toBe('attachment; filename="stk11-lkb1-loss-references.json"');
    expect(((await json.json()) as { id: string }[]).map((i) => i.id)).toEqual(order);
    const ris = await request.get('/cite/stk11-lkb1-loss.ris');
    expect(ris.headers()['content-type']).toBe('application/x-research-info-systems; charset=utf-8');
    expect(
      (await ris.text())
        .split('\r\n')
        .filter((l) => l.startsWith('ID  - '))
        .map((l) => l.slice(6)),
    ).toEqual(order);
    expect((await request.get('/cite/no-such-entry.bib')).status()).toBe(404);
  });
});

test.describe('data export', () => {
  test('/api/entries.json has one complete record per entry', async ({ request }) => {
    const res = await request.get('/api/entries.json');
    expect(res.headers()['content-type']).toContain('application/json');
    const records = (await res.json()) as Record<string, unknown>[];
    // One record per content file (each kind folder under content/).
    const files = KINDS.flatMap((k) =>
      readdirSync(join('content', KIND_INFO[k].dir)).filter((f) => f.endsWith('.mdx') && !f.endsWith('.zh.mdx')),
    );
    expect(records.length).toBe(files.length);
    const keys = [
      'id',
      'kind',
      'url',
      'title',
      'titleZh',
      'aliases',
      'summary',
      'classification',
      'relations',
      'references',
      'lastReviewed',
    ];
    for (const r of records) expect(Object.keys(r)).toEqual(keys);
    const stk11 = records.find((r) => r.id === 'stk11-lkb1-loss')!;
    expect(stk11).toMatchObject({
      kind: 'mechanism',
      classification: { origin: 'intrinsic', timing: 'primary', area: 'genomic-proteomic' },
      relations: { strategies: ['pd-1-ctla-4-combination', 'biomarker-guided-selection'] },
    });
    expect(stk11.url).toMatch(/\/mechanisms\/stk11-lkb1-loss$/);
    const combo = records.find((r) => r.id === 'pd-1-ctla-4-combination')!;
    // The stage is derived from the approvals of the strategy's drugs.
    expect(combo.classification).toMatchObject({ stage: 'approved' });
  });

  test('/api/entries.schema.json is a JSON Schema with a variant per kind', async ({ request }) => {
    const res = await request.get('/api/entries.schema.json');
    expect(res.headers()['content-type']).toBe('application/schema+json; charset=utf-8');
    const schema = await res.json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.items.oneOf.map((v: { properties: { kind: { const: string } } }) => v.properties.kind.const)).toEqual([...KINDS]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe (${scheme} theme)`, () => {
    for (const url of ['/classification', '/strategy-matrix', '/glossary', '/glossary/t', '/glossary/zh-k']) {
      test(`${url} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
