/**
 * The evidence views on the built site: trial, strategy and drug pages found through the data exports, the forest
 * plot's table, and the /evidence filter form without JavaScript.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';

interface Outcome {
  effect: { measure: string };
}
interface TrialRecord {
  id: string;
  url: string;
  acronym: string;
  strategies: string[];
  outcomes: Outcome[];
}
interface DrugRecord {
  id: string;
  url: string;
  approvals: unknown[];
}
interface StatementRecord {
  id: string;
  level: string;
  entry: string;
}

async function json<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** The path of an exported URL: exports carry absolute URLs, the test server has its own origin. */
const pathOf = (url: string) => new URL(url).pathname;

test('the exports list trials, drugs and statements, and the TSV has one row per statement', async ({ request }) => {
  const [trials, drugs, statements] = await Promise.all([
    json<TrialRecord[]>(request, '/api/trials.json'),
    json<DrugRecord[]>(request, '/api/drugs.json'),
    json<StatementRecord[]>(request, '/api/evidence.json'),
  ]);
  expect(trials.length, 'trials').toBeGreaterThan(0);
  expect(drugs.length, 'drugs').toBeGreaterThan(0);
  expect(statements.length, 'statements').toBeGreaterThan(0);
  for (const name of ['evidence', 'trials', 'drugs']) {
    const schema = await json<{ $id: string; type: string }>(request, `/api/${name}.schema.json`);
    expect([pathOf(schema.$id), schema.type]).toEqual([`/api/${name}.schema.json`, 'array']);
  }
  const tsv = await (await request.get('/api/evidence.tsv')).text();
  const lines = tsv.trimEnd().split('\n');
  expect(lines[0]).toBe('id\tentry\tclaim\ttype\tdirection\tlevel\tcontext\tsources\tsource_ids\tconcerns');
  expect(lines.slice(1).map((l) => l.split('\t')[0])).toEqual(statements.map((s) => s.id));
  expect(lines.every((l) => l.split('\t').length === 10)).toBe(true);
});

test('a trial page shows its outcomes and a forest plot whose numbers are in a table; its strategy page shows the stage', async ({
  page,
  request,
}) => {
  const trials = await json<TrialRecord[]>(request, '/api/trials.json');
  const trial = trials.find((t) => t.outcomes.some((o) => o.effect.measure === 'hr'));
  expect(trial, 'a trial with a hazard ratio').toBeDefined();
  await page.goto(pathOf(trial!.url));
  await expect(page.getByRole('heading', { level: 2, name: 'Outcomes' })).toBeVisible();
  const figure = page.locator('figure.forest').first();
  await expect(figure.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  const table = figure.getByRole('table');
  await expect(table.locator('caption')).toContainText('The numbers of the plot');
  await expect(table.getByRole('columnheader', { name: 'HR (CI)' })).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBe(trial!.outcomes.filter((o) => o.effect.measure === 'hr').length);
  await expect(page.locator('nav[aria-labelledby="toc-heading"] a[href="#trial-outcomes"]')).toHaveText('Outcomes');

  const strategy = trial!.strategies[0];
  expect(strategy, `${trial!.id} tests a strategy`).toBeDefined();
  await page.goto(`/strategies/${strategy}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Stage of evidence' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Trials and hazard ratios' })).toBeVisible();
  await expect(
    page.locator('#trials-and-hazard-ratios').locator('xpath=..').getByRole('link', { name: trial!.acronym }).first(),
  ).toBeVisible();
});

test('a drug page lists its approvals by agency', async ({ page, request }) => {
  const drugs = await json<DrugRecord[]>(request, '/api/drugs.json');
  const drug = drugs.find((d) => d.approvals.length > 0);
  expect(drug, 'a drug with an approval').toBeDefined();
  await page.goto(pathOf(drug!.url));
  const section = page.locator('#approvals-by-agency').locator('xpath=..');
  // An agency × indication table: one row header per agency row (FDA, EMA and NMPA always accounted for).
  const table = section.getByRole('table').first();
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  const agencies = await table.getByRole('rowheader').allTextContents();
  for (const a of ['FDA', 'EMA', 'NMPA']) expect(agencies).toContain(a);
  await expect(section.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the /evidence form filters by level through the URL', async ({ page, request }) => {
    const statements = await json<StatementRecord[]>(request, '/api/evidence.json');
    expect(statements.length).toBeGreaterThan(0);
    const level = statements[0].level;
    const expected = statements.filter((s) => s.level === level).length;
    await page.goto('/evidence');
    await expect(page.getByRole('table').first().locator('caption')).toContainText('CIViC');
    await page
      .getByRole('group', { name: 'Level' })
      .getByRole('checkbox', { name: new RegExp(`^${level}:`) })
      .check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]level=${level}(&|$)`));
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${expected} statements? match the filters`) })).toBeVisible();
    const badges = page.getByRole('list', { name: 'Evidence statements' }).locator('li .badge-area');
    expect(new Set(await badges.allTextContents())).toEqual(new Set([`Level ${level}`]));
    // The filter stays checked on the filtered page, so it can be changed from there.
    await expect(page.getByRole('group', { name: 'Level' }).getByRole('checkbox', { name: new RegExp(`^${level}:`) })).toBeChecked();
  });

  test('the /evidence form filters by concerned entry', async ({ page, request }) => {
    const statements = await json<StatementRecord[]>(request, '/api/evidence.json');
    const entry = statements[0].entry;
    await page.goto('/evidence');
    await page.getByLabel('Concerning the entry').selectOption(entry);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]entry=${entry}(&|$)`));
    await expect(page.locator(`li[id="${statements[0].id}"]`)).toBeVisible();
  });
});
