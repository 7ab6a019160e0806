import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('mechanism map', () => {
  test('a keyboard user tabs into the map, arrows to a node, reads its summary and opens the entry', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/map');
    // The last filter is the tab stop before the map; the map itself is one tab stop (roving tabindex).
    const lastFilter = page.getByRole('group', { name: 'Kinds' }).getByRole('checkbox', { name: /Cells and molecules/ });
    await expect(lastFilter).toBeEnabled();
    await lastFilter.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'EGFR and KRAS driver context (mechanism)' })).toBeFocused();
    await expect(page.locator('a.map-node[tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('ArrowDown');
    const stk11 = page.getByRole('link', { name: 'STK11/LKB1 loss and the cold microenvironment (mechanism)' });
    await expect(stk11).toBeFocused();
    await expect(stk11).toHaveAttribute('tabindex', '0');
    const details = page.getByRole('region', { name: 'Entry details' }).getByRole('status');
    await expect(details).toContainText('STK11/LKB1 loss and the cold microenvironment');
    await expect(details).toContainText('Loss-of-function alterations in STK11 (LKB1)');
    await expect(details).toContainText('Targeted by: PD-1 plus CTLA-4 combination blockade, Biomarker-guided patient selection');
    // Focus is visible: the node's box is drawn in the focus colour.
    const ring = await stk11
      .locator('rect')
      .evaluate((r) => ({ stroke: getComputedStyle(r).stroke, width: getComputedStyle(r).strokeWidth }));
    expect(ring).toEqual({ stroke: 'rgb(179, 71, 0)', width: '4px' });

    // Left goes to the nearest node of the biomarker column, Right back to the mechanisms.
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('a.map-node[data-kind="biomarker"]:focus')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await expect(stk11).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/mechanisms\/stk11-lkb1-loss$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('STK11/LKB1 loss and the cold microenvironment');
  });

  test('hovering a node shows its summary and highlights its relations', async ({ page }) => {
    await page.goto('/map');
    await expect(page.getByRole('group', { name: 'Areas' })).toBeEnabled();
    await page.getByRole('link', { name: 'PD-1 plus CTLA-4 combination blockade (strategy)' }).hover();
    await expect(page.locator('.map-details')).toContainText(
      'Targets: DNA-damage-response alterations and tumour mutational burden, STK11/LKB1 loss',
    );
    // One highlighted label per relation of the strategy drawn on the map.
    const relations = await page
      .locator('path.map-edge[data-target="pd-1-ctla-4-combination"], path.map-edge[data-source="pd-1-ctla-4-combination"]')
      .count();
    expect(relations).toBeGreaterThan(1);
    await expect(page.locator('text.map-edge-label.is-active')).toHaveCount(relations);
  });

  test('area and kind filters hide nodes and their edges', async ({ page }) => {
    await page.goto('/map');
    const tme = page.locator('a.map-node[data-area="tumour-microenvironment"]');
    const all = await page.locator('a.map-node').count();
    const inTme = await tme.count();
    expect(inTme).toBeGreaterThan(0);
    await expect(page.getByText(`Showing ${all} of ${all} entries.`)).toBeVisible();
    const shown = async () =>
      Number(/Showing (\d+) of/.exec((await page.getByText(/^Showing \d+ of \d+ entries\.$/).textContent()) ?? '')?.[1]);

    await page.getByRole('checkbox', { name: /Tumour microenvironment/ }).uncheck();
    for (const node of await tme.all()) await expect(node).toBeHidden();
    await expect(page.locator('path.map-edge[data-source="stromal-barrier"]').first()).toBeHidden();
    await expect(page.getByRole('link', { name: 'STK11/LKB1 loss and the cold microenvironment (mechanism)' })).toBeVisible();
    await expect(page.getByText(`Showing ${all - inTme} of ${all} entries.`)).toBeVisible();

    await page.getByRole('checkbox', { name: /Drugs and strategies/ }).uncheck();
    await expect(page.getByRole('link', { name: 'PD-1 plus CTLA-4 combination blockade (strategy)' })).toBeHidden();
    expect(await shown()).toBeLessThan(all - inTme);

    await page.getByRole('checkbox', { name: /Tumour microenvironment/ }).check();
    await expect(tme.first()).toBeVisible();
  });

  test('the text alternative lists the same relations', async ({ page }) => {
    await page.goto('/map');
    const item = page.locator('#relations-stk11-lkb1-loss');
    await expect(item.getByRole('link').first()).toHaveText('STK11/LKB1 loss and the cold microenvironment');
    const group = (label: string) => item.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
    await expect(group('targeted by').getByRole('link', { name: 'PD-1 plus CTLA-4 combination blockade' })).toHaveAttribute(
      'href',
      '/strategies/pd-1-ctla-4-combination',
    );
    await expect(group('signalled by')).toHaveText('PD-L1 (CD274), KRAS mutation and co-mutations, STK11 (LKB1), KEAP1');
    await expect(page.locator('#relations-regulatory-t-cells dd')).toHaveText(
      'CD8+ T cells (cytotoxic T lymphocytes), Dendritic cells (cDC1, CD103+ / Batf3 DCs)',
    );
  });
});

test.describe('biomarker-profile explorer', () => {
  test('picking findings ranks mechanisms, keeps the selection in the URL, survives a reload and clears', async ({ page }) => {
    await page.goto('/explorer');
    await expect(page.getByText('An educational map of the published literature, not a treatment recommendation.')).toBeVisible();
    const status = page.locator('#explorer-results + p[role="status"]');
    await expect(status).toHaveText('Select one or more findings to see the resistance mechanisms linked to them.');

    await page.getByRole('checkbox', { name: /STK11 loss-of-function/ }).check();
    await page.getByRole('checkbox', { name: /KRAS mutation/ }).check();
    await expect(page).toHaveURL(/\/explorer\?f=kras-mut,stk11-lof$/);
    await expect(status).toHaveText('3 mechanisms linked to 2 selected findings.');

    const ranked = page.getByRole('list', { name: 'Ranked mechanisms' }).locator(':scope > li');
    await expect(ranked).toHaveCount(3);
    const first = ranked.first();
    await expect(first.locator('p').first()).toHaveText(
      /^#1 · linked to 2 of 2 selected findings: KRAS mutation, STK11 loss-of-function · best evidence: level [A-E] \(\w+( \w+)?\)$/,
    );
    await expect(first.getByRole('heading', { level: 3 })).toContainText('STK11/LKB1 loss and the cold microenvironment');
    await expect(first.getByText('NSCLC evidence').first()).toBeVisible();
    const strategy = first.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'PD-1 plus CTLA-4 combination blockade' }) });
    await expect(strategy).toContainText('Stage: Approved');
    await expect(first.getByRole('link', { name: 'Skoulidis et al. 2018' }).first()).toHaveAttribute(
      'href',
      '/references/s#skoulidis-2018-stk11',
    );
    await expect(ranked.nth(1).getByRole('heading', { level: 3 })).toContainText('EGFR and KRAS driver context');
    await expect(ranked.nth(2).locator('p').first()).toHaveText(
      /^#3 · linked to 1 of 2 selected findings: KRAS mutation( · best evidence: .*)?$/,
    );

    await page.reload();
    await expect(page.getByRole('checkbox', { name: /STK11 loss-of-function/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /KRAS mutation/ })).toBeChecked();
    await expect(ranked.first().locator('p').first()).toHaveText(
      /^#1 · linked to 2 of 2 selected findings: KRAS mutation, STK11 loss-of-function · /,
    );

    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect(page).toHaveURL(/\/explorer$/);
    await expect(ranked).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /STK11 loss-of-function/ })).not.toBeChecked();
    await expect(status).toHaveText('Select one or more findings to see the resistance mechanisms linked to them.');
  });

  test('a shared URL in the plain form style shows a finding that marks benefit, with its note', async ({ page }) => {
    await page.goto('/explorer?f=pdl1-tps-50&f=pdl1-tps-lt1');
    await expect(page).toHaveURL(/\/explorer\?f=pdl1-tps-50,pdl1-tps-lt1$/);
    await expect(page.getByText('PD-L1 TPS ≥50% (not linked to a resistance mechanism): High PD-L1 predicts more benefit')).toBeVisible();
    // One finding, three mechanisms: the one it lists first (its most direct) leads.
    const headings = page.getByRole('list', { name: 'Ranked mechanisms' }).locator(':scope > li h3 > a');
    await expect(headings).toHaveText([
      'Tumour PD-L1 expression and adaptive up-regulation',
      'STK11/LKB1 loss and the cold microenvironment',
      'EGFR and KRAS driver context',
    ]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the form, an explanation and the complete finding table are on the page', async ({ page }) => {
      await page.goto('/explorer');
      // Playwright's text selectors skip <noscript>, so address the paragraph directly.
      const explanation = page.locator('noscript p');
      await expect(explanation).toBeVisible();
      await expect(explanation).toContainText('Live results need JavaScript.');
      await expect(page.getByRole('checkbox', { name: /TMB low/ })).toBeVisible();
      const row = page.locator('#finding-tmb-low');
      await expect(row.getByRole('link', { name: 'DNA-damage-response alterations and tumour mutational burden' })).toBeVisible();
      await expect(row.getByRole('link', { name: 'Tumour antigen loss' })).toBeVisible();
    });
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe (${scheme} theme)`, () => {
    test('the mechanism map, with a node active, has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/map');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.getByRole('group', { name: 'Areas' })).toBeEnabled();
      await page.getByRole('link', { name: 'STK11/LKB1 loss and the cold microenvironment (mechanism)' }).focus();
      await expect(page.locator('.map-details')).toContainText('STK11/LKB1 loss');
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the explorer, with results, has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/explorer?f=stk11-lof,kras-mut,tmb-high');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.getByRole('list', { name: 'Ranked mechanisms' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
