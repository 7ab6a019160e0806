/**
 * /evidence rendered from a fixture site: the GET form's state comes from the query string, filters narrow the
 * list, the scale and its CIViC mapping are documented, and long lists are paginated with links that keep the filters.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Site } from '@/lib/site/get-site';
import { build, editGood } from '../../helpers/make-corpus';
import { evidenceFiles } from '../../helpers/evidence-files';

const holder: { site?: Site } = {};
vi.mock('@/lib/site/get-site', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/site/get-site')>();
  return { ...original, getSite: async () => holder.site! };
});

const statement = (id: string, level: string, direction = 'supports', concerns = '[]') =>
  `  - id: ${id}\n    claim: Statement ${id} makes a claim long enough to pass.\n    type: predictive\n    direction: ${direction}\n    level: ${level}\n    context: nsclc\n    sources: [ref-one]\n    concerns: ${concerns}\n`;

async function render(params: Record<string, string | string[]>) {
  const { default: EvidencePage } = await import('@/app/(en)/evidence/page');
  return renderToStaticMarkup(await EvidencePage({ searchParams: Promise.resolve(params) }));
}

const ids = (html: string) => [...html.matchAll(/<li id="([^"]+)" class="card/g)].map((m) => m[1]);

describe('/evidence', () => {
  beforeAll(async () => {
    // 45 statements on m-one (more than one page), and one on b-one that concerns s-one.
    const many = Array.from({ length: 45 }, (_, i) =>
      statement(`st-${String(i).padStart(2, '0')}`, i % 5 === 0 ? 'A' : 'C', i % 2 ? 'does-not-support' : 'supports'),
    ).join('');
    const m = editGood('content/mechanisms/m-one.mdx', 'involves: [x-one]\n', `involves: [x-one]\nevidence:\n${many}`);
    const b = editGood(
      'content/biomarkers/b-one.mdx',
      'genes: [GENE1]\n',
      `genes: [GENE1]\nevidence:\n${statement('st-b', 'B', 'supports', '[s-one]')}`,
    );
    const { makeSite } = await import('@/lib/site/get-site');
    const corpus = await build(evidenceFiles(m, b));
    expect(corpus.issues).toEqual([]);
    holder.site = makeSite(corpus);
  });

  it('documents the levels and their CIViC mapping', async () => {
    const html = await render({});
    expect(html).toContain('id="levels"');
    expect(html).toContain(
      '<th scope="row">A: Validated</th><td>Phase 3 trial results, or an approval or guideline that rests on them.</td><td>A (validated association)',
    );
  });

  it('without filters: all statements, strongest first, 40 to a page with a link to the next', async () => {
    const html = await render({});
    expect(html).toContain('All 46 statements, page 1 of 2');
    expect(ids(html).slice(0, 5)).toEqual(['st-00', 'st-10', 'st-20', 'st-30', 'st-40']);
    expect(ids(html)).toHaveLength(40);
    expect(html).toContain('<a href="/evidence?page=2" rel="next">Next page</a>');
  });

  it('filters by level and direction from the query, keeps the boxes checked, and pages keep the filters', async () => {
    const html = await render({ level: 'A', direction: 'supports' });
    expect(ids(html)).toEqual(['st-00', 'st-10', 'st-20', 'st-30', 'st-40']);
    expect(html).toContain('5 statements match the filters');
    expect(html).toMatch(/<input type="checkbox" name="level" checked="" value="A"\/>/);
    expect(html).toMatch(/<input type="checkbox" name="level" value="B"\/>/);
    const past = await render({ level: 'C', page: '2' }); // one page of 36: page 2 shows page 1
    expect(past).toContain('36 statements match the filters');
    expect(ids(past)).toHaveLength(36);
    const paged = await render({ entry: 'm-one', page: '2' });
    expect(paged).toContain('45 statements match the filters (concerning Mechanism one), page 2 of 2');
    expect(paged).toContain('<a href="/evidence?entry=m-one" rel="prev">Previous page</a>');
  });

  it('filters by a concerned entry: statements that name it in concerns count', async () => {
    const html = await render({ entry: 's-one' });
    expect(ids(html)).toEqual(['st-b']);
    expect(html).toContain('1 statement match the filters (concerning Strategy one)');
    expect(html).toContain('<option value="s-one" selected="">Strategy one (strategy)</option>');
  });

  it('drops unknown values instead of failing', async () => {
    const html = await render({ level: ['Z', '<b>'], entry: '"><script>', page: 'x' });
    expect(html).toContain('All 46 statements, page 1 of 2');
    expect(html).not.toContain('<script>');
  });
});
