/**
 * Adding a kind is one file and one registry line: this test registers a fixture kind (tests/fixtures/kinds/registry-study.ts)
 * and checks that validation, relations both ways, kind checks, search documents, the export and its JSON Schema,
 * the scaffold and the entry-page sections all pick it up with no other change.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { EntryBadges } from '@/components/entry/badges';
import { KeyFacts } from '@/components/entry/key-facts';
import { RelatedEntries } from '@/components/entry/related-entries';
import { makeSite } from '@/lib/site/get-site';
import { formatIssue } from '@/lib/content/issues';
import { KINDS, kindFromDir } from '@/lib/content/kinds';
import { scaffoldEntry } from '@/lib/content/scaffold';
import { entriesJsonSchema, toEntryRecords } from '@/lib/discovery/export';
import { toSearchDocs } from '@/lib/search/documents';
import { build, entryIds, overviewOf, withFiles } from '../../helpers/make-corpus';

vi.mock('@/lib/content/kinds/registry', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/content/kinds/registry')>();
  const { registryStudy } = await import('../../fixtures/kinds/registry-study');
  return { KIND_DEFS: [...original.KIND_DEFS, registryStudy] };
});

const trialFile = (id: string, registryId: string) => ({
  path: `content/registry-studies/${id}.mdx`,
  text: `---\ntitle: Trial ${id}\ntitleZh: 试验\nsummary: A randomised trial that tests strategy one against the standard of care in NSCLC.\nreferences: [ref-one]\nevidenceContext: nsclc\nlastReviewed: 2026-11-24\nphase: '3'\nregistryId: ${registryId}\nstrategies: [s-one]\n---\n\n## Design\n\nIt tests [strategy one](s-one) <Cite id="ref-one" />.\n`,
});

/** The good corpus with these fixture-kind entries, listed by an overview (so that each is linked from another entry). */
const withStudies = (...files: { path: string; text: string }[]) => withFiles(...files, overviewOf(entryIds(files)));

describe('a kind added through the registry', () => {
  it('is a kind with a folder', () => {
    expect(KINDS).toContain('registry-study');
    expect(kindFromDir('registry-studies')).toBe('registry-study');
  });

  it('validates, builds and relates both ways', async () => {
    const corpus = await build(withStudies(trialFile('t-trial', 'NCT01234567')));
    expect(corpus.issues.map(formatIssue)).toEqual([]);
    const site = makeSite(corpus);
    const html = (id: string) => {
      const e = site.getEntry(id)!;
      return renderToStaticMarkup(
        createElement('div', null, createElement(EntryBadges, { entry: e }), createElement(KeyFacts, { entry: e, site }), createElement(RelatedEntries, { site, id: e.id })),
      );
    };
    const trialHtml = html('t-trial');
    expect(trialHtml).toContain('>Registry study<'); // kind badge
    expect(trialHtml).toContain('Phase 3');
    expect(trialHtml).toContain('NCT01234567');
    expect(trialHtml).toContain('>Tests<');
    // The strategy's page reads the same relation from its side, by the declared inverse.
    expect(html('s-one')).toContain('>Tested in<');
    expect(html('s-one')).toContain('href="/registry-studies/t-trial"');
  });

  it('runs its own cross-file checks with located messages', async () => {
    const corpus = await build(withStudies(trialFile('t-a', 'NCT01234567'), trialFile('t-b', 'NCT01234567')));
    expect(corpus.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/registry-studies/t-b.mdx:9:13  registryId  Registry id "NCT01234567" is already used by content/registry-studies/t-a.mdx  → hint: One file per trial.",
      ]
    `);
  });

  it('reports a relation to the wrong kind', async () => {
    const bad = trialFile('t-bad', 'NCT07654321');
    bad.text = bad.text.replace('strategies: [s-one]', 'strategies: [m-one]');
    const corpus = await build(withStudies(bad));
    expect(corpus.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/registry-studies/t-bad.mdx:10:14  strategies[0]  "m-one" is a mechanism, but strategies must list drugs and strategies  → hint: Move "m-one" to the right field (e.g. related), or remove it.",
      ]
    `);
  });

  it('is searchable, exported with a JSON Schema, and scaffolded', async () => {
    const corpus = await build(withStudies(trialFile('t-trial', 'NCT01234567')));
    const trial = corpus.entries.filter((e) => e.id === 't-trial');
    expect(toSearchDocs(trial)[0]).toMatchObject({ kind: 'registry-study', url: '/registry-studies/t-trial', aliases: ['NCT01234567'] });
    const [record] = toEntryRecords(trial, 'https://atlas.example');
    expect(record).toMatchObject({ kind: 'registry-study', classification: { phase: '3', evidenceContext: 'nsclc' }, relations: { related: [], strategies: ['s-one'] } });
    const schema = JSON.stringify(entriesJsonSchema('https://atlas.example/api/entries.schema.json'));
    expect(schema).toContain('"const":"registry-study"');
    const scaffold = scaffoldEntry('registry-study' as never, 'new-trial', '2026-12-01');
    const built = await build(withFiles({ path: 'content/registry-studies/new-trial.mdx', text: scaffold }));
    // The kind's own placeholders are reported like the shared ones, each once (not also as a schema or relation error).
    // (The fixture bibliography has no source-review, the key every scaffold cites.)
    const own = built.issues.filter((i) => i.file === 'content/registry-studies/new-trial.mdx' && i.field !== 'references[0]');
    expect(own.map((i) => `${i.field}: ${i.hint}`)).toEqual(
      expect.arrayContaining([
        'phase: Choose the phase: one of 1, 2, 3.',
        'registryId: Copy the registry id from the registry page.',
        'strategies[0]: List the ids of the strategies it tests (their file names in content/, without .mdx).',
      ]),
    );
    expect(own.filter((i) => !i.message.includes("scaffold's")).map((i) => i.message)).toEqual(['Nothing links to "new-trial"', 'The text cites no source', 'The text links to no other entry']);
    expect(scaffold).toContain('## Design\n\nDescribe the design of the study.');
  });
});
