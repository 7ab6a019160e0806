/**
 * The next bibliography batch, /work/shared/references-3.yaml (75 items in the draft format: `seen-at`, `nct`,
 * `drug`, free-text authors), copied verbatim to tests/fixtures/references/references-3.yaml and converted by
 * scripts/migrate-references.ts to tests/fixtures/references/references-3.converted.yaml. Its items are NOT in
 * content/references.yaml: adding them is content work. This test says precisely which items the typed schema
 * still rejects, and why: each is a data problem in the draft (free-text dates, two agencies in one item, a year
 * not seen), not a schema gap.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { migrateReferencesText } from '@/lib/content/migrate-references';
import { loadReferences } from '@/lib/content/references';

const RAW = readFileSync('tests/fixtures/references/references-3.yaml', 'utf8');
const CONVERTED_PATH = 'tests/fixtures/references/references-3.converted.yaml';
const CONVERTED = readFileSync(CONVERTED_PATH, 'utf8');

describe('references-3 under the typed schema', () => {
  const { references, issues } = loadReferences(CONVERTED, CONVERTED_PATH, { today: new Date('2026-11-24') });

  it('the converted fixture is exactly what the migration script makes of the draft', () => {
    const { text, converted } = migrateReferencesText(RAW);
    expect(converted).toHaveLength(75);
    expect(text).toBe(CONVERTED);
  });

  it('accepts 65 of 75 items, covering every source type', () => {
    expect(references).toHaveLength(65);
    expect([...new Set(references.map((r) => r.type))].sort()).toEqual(['conference', 'journal', 'registry', 'regulatory']);
  });

  it('lists the items it rejects, located, with the reason', () => {
    const byItem = issues.map((i) => {
      const id = CONVERTED.split('\n').slice(0, i.line).reverse().find((l) => l.startsWith('- id: '))?.slice(6);
      return `${id}: ${formatIssue(i).replace(`${CONVERTED_PATH}:`, '')}`;
    });
    expect(byItem).toMatchInlineSnapshot(`
      [
        "abdelhamid-antibiotics-ici-nsclc-meta-analysis: 602:3  year  A journal source needs its year  → hint: Add "year: YYYY".",
        "nmpa-2024-toripalimab-perioperative: 1024:9  date  Expected a date as YYYY-MM-DD, received "announced around 2 January 2024 (arti…"  → hint: Write the date as YYYY-MM-DD, e.g. 2026-11-24.",
        "nmpa-ivonescimab-nsclc-approvals: 1271:9  date  Expected a date as YYYY-MM-DD, received "(1) May 2024; (2) announced 27 April …"  → hint: Write the date as YYYY-MM-DD, e.g. 2026-11-24.",
        "aggarwal-2025-coast-update: 1371:20  evidenceContext  Too long: expected at most 120 characters, received 127  → hint: Shorten it; put detail in the body.",
        "pacific-9-registry-and-tip: 1409:3  year  Missing required field "year" (expected a number)  → hint: Add "year: …" to the frontmatter.",
        "pacific-9-registry-and-tip: 1409:3  evidenceContext  Missing required field "evidenceContext" (expected text)  → hint: Add "evidenceContext: …" to the frontmatter.",
        "pacific-9-registry-and-tip: 1435:3  registry  Unknown field "registry" (and "phase", "status")  → hint: Remove it; allowed fields are: id, supports, notes, seenAt, tier, authors, authorsComplete, type, title, meeting, year, date, journal, url, doi, evidenceContext.",
        "fda-2022-trastuzumab-deruxtecan-her2-mutant-nsclc: 1793:9  date  Expected a date as YYYY-MM-DD, received "August 2022 (11 August per one page; …"  → hint: Write the date as YYYY-MM-DD, e.g. 2026-11-24.",
        "nmpa-tislelizumab-nsclc: 1913:9  date  Expected a date as YYYY-MM-DD, received "(1) 14 January 2021; (2) 23 June 2021…"  → hint: Write the date as YYYY-MM-DD, e.g. 2026-11-24.",
        "nmpa-sugemalimab-nsclc: 1934:9  date  Expected a date as YYYY-MM-DD, received "(1) December 2021 (reported 21 Decemb…"  → hint: Write the date as YYYY-MM-DD, e.g. 2026-11-24.",
        "nmpa-sintilimab-nsclc: 1968:11  agency  Expected one of "FDA" | "EMA" | "NMPA" | "PMDA", received "NMPA (China); FDA (complete response …"  → hint: Use one of: FDA, EMA, NMPA, PMDA.",
        "nmpa-sintilimab-nsclc: 1970:9  date  Expected a date as YYYY-MM-DD, received "see indication"  → hint: Write the date as YYYY-MM-DD, e.g. 2026-11-24.",
        "nmpa-camrelizumab-nsclc: 1991:9  date  Expected a date as YYYY-MM-DD, received "before 17 June 2021 (exact date not s…"  → hint: Write the date as YYYY-MM-DD, e.g. 2026-11-24.",
      ]
    `);
  });
});
