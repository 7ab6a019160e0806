import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadReferences } from '../../lib/content/references';

test.describe('reading an entry', () => {
  test('an entry page shows everything a clinician needs', async ({ page }) => {
    await page.goto('/mechanisms/stk11-lkb1-loss');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('STK11');
    await expect(page.locator('p[lang="zh-Hans"]').first()).not.toBeEmpty();
    await expect(page.getByRole('list', { name: 'Classification' })).toContainText('Intrinsic');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Mechanisms');
    await expect(page.getByRole('navigation', { name: /On this page/ })).toBeAttached();
    await expect(page.getByRole('heading', { name: /Evidence context/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pages that link here' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'References', exact: true })).toBeVisible();
    await expect(page.locator('#references ~ ol a[href^="https://doi.org/10."]').first()).toBeVisible();
    await expect(page.getByText(/Last reviewed:/)).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Medical disclaimer' })).toBeVisible();
    // "Edit this page" only where the build was given a repository (NEXT_PUBLIC_REPO_URL), never a guessed one.
    if (process.env.NEXT_PUBLIC_REPO_URL)
      await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
        'href',
        /content\/mechanisms\/stk11-lkb1-loss\.mdx$/,
      );
    else await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
  });

  test('a citation marker jumps to its numbered reference', async ({ page }) => {
    await page.goto('/mechanisms/stk11-lkb1-loss');
    const cite = page.locator('sup.cite a:not([href="#ref-source-review"])').first();
    const href = await cite.getAttribute('href');
    expect(href).toMatch(/^#ref-/);
    await cite.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const item = page.locator(href!);
    await expect(item).toBeInViewport();
    await expect(item.locator('a[href*="doi.org"], a[href*="pubmed"]').first()).toBeVisible();
  });

  test('following a cross-link, then the backlink that points back', async ({ page }) => {
    await page.goto('/mechanisms/stk11-lkb1-loss');
    const link = page.locator('.prose a[href^="/biomarkers/stk11"]').first();
    await link.click();
    await expect(page).toHaveURL(/\/biomarkers\/stk11$/);
    const back = page.locator('#backlinks ~ ul a[href="/mechanisms/stk11-lkb1-loss"]');
    await expect(back).toBeVisible();
    await back.click();
    await expect(page).toHaveURL(/\/mechanisms\/stk11-lkb1-loss$/);
  });

  test('a term shows its bilingual definition on keyboard focus', async ({ page }) => {
    await page.goto('/biomarkers/pd-l1');
    const term = page.locator('.term > a').first();
    await term.focus();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    await expect(tip).toBeVisible();
    await expect(tip.locator('[lang="zh-Hans"]')).not.toBeEmpty();
    // Esc dismisses it without moving focus; leaving and coming back shows it again.
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();
    await page.keyboard.press('Tab');
    await term.focus();
    await expect(tip).toBeVisible();
  });
});

test('a biomarker page lists its explorer findings and opens one in the explorer', async ({ page }) => {
  await page.goto('/biomarkers/stk11');
  const section = page.locator('#findings').locator('xpath=..');
  await expect(section.getByText('STK11 loss-of-function')).toBeVisible();
  await section.getByRole('link', { name: 'open in the explorer' }).first().click();
  await expect(page).toHaveURL(/\/explorer\?f=stk11-lof$/);
  await expect(page.getByRole('checkbox', { name: /STK11 loss-of-function/ })).toBeChecked();
});

test('an entry prints with its references and without the site chrome', async ({ page }) => {
  await page.goto('/mechanisms/stk11-lkb1-loss');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'References', exact: true })).toBeVisible();
  await expect(page.locator('#references ~ ol li').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('on a phone the navigation folds into a menu that opens by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/');
  const menu = page.getByText('Menu', { exact: true });
  await expect(menu).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  const glossary = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' });
  await expect(glossary).toBeVisible();
  await glossary.click();
  await expect(page).toHaveURL(/\/glossary$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test.describe('browsing', () => {
  test('home page shows the two axes and the five areas, and leads to an entry', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Two ways to classify resistance' })).toBeVisible();
    const areas = page.getByRole('heading', { name: 'The five areas of the source review' }).locator('xpath=following-sibling::ol/li');
    await expect(areas).toHaveCount(5);
    await page.getByRole('link', { name: 'Tumour microenvironment', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.locator('.prose a[href^="/mechanisms/"]').first().click();
    await expect(page).toHaveURL(/\/mechanisms\//);
  });

  test('home page counts what the claims rest on, from the bibliography, each noun in its number', async ({ page }) => {
    const refs = loadReferences(readFileSync('content/references.yaml', 'utf8'), 'content/references.yaml').references.filter(
      (r) => !(r.type === 'journal' && r.sourceReview),
    );
    const n = (type: string) => refs.filter((r) => r.type === type).length;
    const noun = (count: number, one: string) => `${count} ${count === 1 ? one : `${one}s`}`;
    await page.goto('/');
    await expect(page.getByText('What the claims rest on:')).toContainText(
      `${noun(n('journal'), 'journal article')} identified by DOI or PubMed id, ${noun(n('regulatory'), 'regulatory decision')}, ` +
        `${noun(n('registry'), 'trial registration')} and ${noun(n('conference'), 'conference report')} (see the bibliography)`,
    );
  });

  test('the 404 page helps', async ({ page }) => {
    const res = await page.goto('/mechanisms/no-such-mechanism');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('search', { name: /not-found/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mechanisms' }).last()).toBeVisible();
  });
});
