import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import { loadReferences, REGISTRIES, type RegistryName } from '@/lib/content/references';

const TODAY = new Date('2026-11-24T12:00:00Z');
const fixture = (name: string) => readFileSync(`tests/fixtures/references/${name}`, 'utf8');

/** Loads one fixture and returns its formatted issues, located in the fixture's own path. */
function issuesOf(name: string, today = TODAY): string[] {
  const file = `tests/fixtures/references/${name}`;
  return loadReferences(fixture(name), file, { today }).issues.map(formatIssue);
}

describe('loadReferences: one valid source of each type', () => {
  const { references, issues } = loadReferences(fixture('good.yaml'), 'good.yaml', { today: TODAY });

  it('reports no issue', () => {
    expect(issues).toEqual([]);
  });

  it('keeps structured authors and derives the links of each type', () => {
    const [journal, regulatory, nct, chictr, conference] = references;
    expect(journal).toMatchObject({
      type: 'journal',
      authors: [{ family: 'Sharma', given: 'P' }, { family: 'Hu-Lieskovan', given: 'S' }, { literal: 'SITC Immunotherapy Resistance Taskforce' }],
      authorsComplete: false,
      pmid: '28187290',
      doiUrl: 'https://doi.org/10.1016/j.cell.2017.01.017',
      pubmedUrl: 'https://pubmed.ncbi.nlm.nih.gov/28187290/',
    });
    expect(regulatory).toMatchObject({ type: 'regulatory', agency: 'FDA', date: '2023-10-16', drugs: ['pembrolizumab (Keytruda)'] });
    expect(nct).toMatchObject({ type: 'registry', registry: 'ClinicalTrials.gov', registryUrl: 'https://clinicaltrials.gov/study/NCT04294810' });
    expect(chictr).toMatchObject({ registry: 'ChiCTR', registryUrl: 'https://www.chictr.org.cn/showprojEN.html?proj=48954' });
    expect(conference).toMatchObject({ type: 'conference', meeting: 'ESMO Congress 2024', doiUrl: null });
  });

  it('accepts a date of today and rejects one day later', () => {
    const text = fixture('bad/regulatory-future-date.yaml');
    expect(loadReferences(text, 'x.yaml', { today: new Date('2027-01-05T00:00:00Z') }).issues).toEqual([]);
    expect(loadReferences(text, 'x.yaml', { today: new Date('2027-01-04T23:00:00Z') }).issues).toHaveLength(1);
  });

  it.each(Object.entries(REGISTRIES))('accepts the documented %s id format (%s)', (name, { example }) => {
    const text = `- id: r\n  type: registry\n  registry: ${name}\n  registryId: "${example}"\n  title: A registered trial\n  supports: A registration.\n`;
    expect(loadReferences(text, 'x.yaml', { today: TODAY }).references.map((r) => r.type === 'registry' && (r.registry as RegistryName))).toEqual([name]);
  });
});

describe('loadReferences: located errors, one fixture per failure', () => {
  it('bad NCT format', () => {
    expect(issuesOf('bad/registry-bad-nct.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/registry-bad-nct.yaml:3:15  registryId  "NCT0429481" is not a ClinicalTrials.gov id (expected NCT followed by 8 digits)  → hint: Write it like NCT04294810, or name another registry with "registry: …".",
      ]
    `);
  });
  it('an id from another registry without `registry`', () => {
    expect(issuesOf('bad/registry-wrong-registry.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/registry-wrong-registry.yaml:3:15  registryId  "ChiCTR2000029308" is not a ClinicalTrials.gov id (expected NCT followed by 8 digits)  → hint: That is a ChiCTR id: add "registry: ChiCTR".",
      ]
    `);
  });
  it('a regulatory date in the future', () => {
    expect(issuesOf('bad/regulatory-future-date.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/regulatory-future-date.yaml:4:9  date  Date 2027-01-05 is in the future (today is 2026-11-24)  → hint: A regulatory decision has a past date: check the year and month.",
      ]
    `);
  });
  it('an unknown agency, with "did you mean"', () => {
    expect(issuesOf('bad/regulatory-unknown-agency.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/regulatory-unknown-agency.yaml:3:11  agency  Expected one of "FDA" | "EMA" | "NMPA" | "PMDA", received "EMEA"  → hint: Did you mean "EMA"?",
      ]
    `);
  });
  it('a non-https url', () => {
    expect(issuesOf('bad/regulatory-http-url.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/regulatory-http-url.yaml:6:8  url  Expected an https:// address, received "http://www.biocentury.com/dailynews/t…"  → hint: Write the full https:// address of the page.",
      ]
    `);
  });
  it('a journal item with neither DOI nor PMID', () => {
    expect(issuesOf('bad/journal-no-identifier.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/journal-no-identifier.yaml:9:8  doi  A journal source needs a DOI or a PMID (or both)  → hint: Add the DOI and/or PMID seen beside the title; cite a registry, regulatory or conference source with its own type.",
      ]
    `);
  });
  it('an unknown type', () => {
    expect(issuesOf('bad/unknown-type.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/unknown-type.yaml:2:9  type  Unknown source type "preprint"; expected one of "journal" | "regulatory" | "registry" | "conference"  → hint: Use one of: journal, regulatory, registry, conference.",
      ]
    `);
  });
  it('a misspelt type, with "did you mean"', () => {
    expect(issuesOf('bad/misspelt-type.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/misspelt-type.yaml:2:9  type  Unknown source type "regulatroy"; expected one of "journal" | "regulatory" | "registry" | "conference"  → hint: Did you mean "regulatory"?",
      ]
    `);
  });
  it('a missing type (an old-format item) points to the migration script', () => {
    expect(issuesOf('bad/missing-type.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/missing-type.yaml:1:3  type  Missing required field "type"  → hint: Add "type: journal" (or regulatory, registry, conference); old-format entries: run npx tsx scripts/migrate-references.ts.",
      ]
    `);
  });
  it('an author written as free text', () => {
    expect(issuesOf('bad/author-free-text.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/author-free-text.yaml:4:7  authors[0]  Expected an author as { family, given? } or a group as { literal }, received "Sharma P"  → hint: Write each person as "- { family: Sharma, given: P }" and a group as "- { literal: … }" (scripts/migrate-references.ts converts old author text).",
      ]
    `);
  });
  it('a conference item with neither url nor DOI', () => {
    expect(issuesOf('bad/conference-no-link.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/references/bad/conference-no-link.yaml:1:3  url  A conference source needs a url or a DOI (or both)  → hint: Add the https:// address of the abstract's page.",
      ]
    `);
  });
});
