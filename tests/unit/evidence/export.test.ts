/**
 * The evidence-model downloads: statements, trials and drugs round-trip through the JSON Schema generated from
 * their zod schemas; the TSV escapes tabs and newlines; JSON-LD of a trial page is a schema.org MedicalTrial; no
 * editorial remark of a source reaches any of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue } from '@/lib/content/issues';
import {
  drugsFileSchema,
  evidenceFileSchema,
  evidenceTsv,
  exportJsonSchema,
  toDrugRecords,
  toStatementRecords,
  toTrialRecords,
  trialsFileSchema,
  tsvField,
} from '@/lib/evidence/export';
import { makeSite, type Site } from '@/lib/site/get-site';
import { entryJsonLd } from '@/lib/site/json-ld';
import { build, editGood } from '../../helpers/make-corpus';
import { drugFile, EVIDENCE_REFS, evidenceFiles, trialFile } from '../../helpers/evidence-files';

const NOTE = 'Editorial remark: first author surname only, confirm before release.';
const refsWithNotes = {
  path: 'content/references.yaml',
  text: EVIDENCE_REFS.replace('  supports: Everything in the fixtures.\n', `  supports: Everything in the fixtures.\n  notes: "${NOTE}"\n`),
};
const statements = editGood(
  'content/mechanisms/m-one.mdx',
  'involves: [x-one]\n',
  `involves: [x-one]
evidence:
  - id: st-tabs
    claim: "A claim with a tab\\there and a line break\\nthat must stay in one field."
    type: predictive
    direction: does-not-support
    level: B
    context: nsclc
    sources: [ref-one, fda-approval]
    concerns: [b-one, s-one]
`,
);
const ORIGIN = 'https://atlas.example.org';

let site: Site;
beforeAll(async () => {
  const corpus = await build(evidenceFiles(refsWithNotes, statements, drugFile(), trialFile('trial-one', 'drugs: [drug-one]')));
  expect(corpus.issues.map(formatIssue)).toEqual([]);
  site = makeSite(corpus);
});

const roundTrip = (schema: z.ZodType, url: string, data: unknown) =>
  z.fromJSONSchema(exportJsonSchema(schema, url) as never).safeParse(JSON.parse(JSON.stringify(data)));

describe('/api/evidence.json', () => {
  it('exports each statement with its holder, concerns and its sources’ identifiers', () => {
    expect(toStatementRecords(site.entries, site.getReference, `${ORIGIN}/`)).toEqual([
      {
        id: 'st-tabs',
        url: `${ORIGIN}/evidence?entry=m-one#st-tabs`,
        entry: 'm-one',
        entryKind: 'mechanism',
        claim: 'A claim with a tab\there and a line break\nthat must stay in one field.',
        type: 'predictive',
        direction: 'does-not-support',
        level: 'B',
        context: 'nsclc',
        sources: [
          {
            key: 'ref-one',
            type: 'journal',
            doi: '10.1000/test.1',
            pmid: '12345678',
            registryId: null,
            url: 'https://doi.org/10.1000/test.1',
          },
          {
            key: 'fda-approval',
            type: 'regulatory',
            doi: null,
            pmid: null,
            registryId: null,
            url: 'https://www.fda.gov/drugs/example-approval',
          },
        ],
        concerns: ['b-one', 's-one'],
      },
    ]);
  });

  it('round-trips through its JSON Schema, which rejects an unknown level and a statement with no source', () => {
    const records = toStatementRecords(site.entries, site.getReference, ORIGIN);
    expect(evidenceFileSchema.safeParse(records).success).toBe(true);
    const url = `${ORIGIN}/api/evidence.schema.json`;
    expect(roundTrip(evidenceFileSchema, url, records).success).toBe(true);
    expect(roundTrip(evidenceFileSchema, url, [{ ...records[0], level: 'F' }]).success).toBe(false);
    expect(roundTrip(evidenceFileSchema, url, [{ ...records[0], sources: [] }]).success).toBe(false);
    expect(exportJsonSchema(evidenceFileSchema, url)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: url,
      type: 'array',
    });
  });
});

describe('/api/trials.json and /api/drugs.json', () => {
  it('export a trial with arms, outcome records (with sources) and the derived result, and round-trip', () => {
    const trials = toTrialRecords(site.entries, site.getReference, ORIGIN);
    expect(
      trials.map((t) => [t.id, t.url, t.result, t.outcomes.map((o) => [o.endpoint, o.effect?.measure, o.reportedBy, o.source.key])]),
    ).toEqual([
      [
        'trial-one',
        `${ORIGIN}/trials/trial-one`,
        'positive',
        [
          ['OS', 'hr', 'peer-reviewed', 'ref-one'],
          ['ORR', 'proportion', 'sponsor', 'trial-registry'],
        ],
      ],
    ]);
    expect(trials[0].outcomes[1].source).toEqual({
      key: 'trial-registry',
      type: 'registry',
      doi: null,
      pmid: null,
      registryId: 'NCT01234567',
      url: 'https://clinicaltrials.gov/study/NCT01234567',
    });
    const url = `${ORIGIN}/api/trials.schema.json`;
    expect(trialsFileSchema.safeParse(trials).success).toBe(true);
    expect(roundTrip(trialsFileSchema, url, trials).success).toBe(true);
    const badP = { ...trials[0], outcomes: [{ ...trials[0].outcomes[0], p: 1.5 }] };
    expect(roundTrip(trialsFileSchema, url, [badP]).success).toBe(false);
  });

  it('export a drug with its approvals and their sources, and round-trip', () => {
    const drugs = toDrugRecords(site.entries, site.getReference, ORIGIN);
    expect(drugs[0]).toMatchObject({
      id: 'drug-one',
      brandNames: ['Drugtruda'],
      approvals: [
        {
          agency: 'FDA',
          date: '2020-05-15',
          nsclc: true,
          source: { key: 'fda-approval', type: 'regulatory', url: 'https://www.fda.gov/drugs/example-approval' },
        },
      ],
    });
    const url = `${ORIGIN}/api/drugs.schema.json`;
    expect(drugsFileSchema.safeParse(drugs).success).toBe(true);
    expect(roundTrip(drugsFileSchema, url, drugs).success).toBe(true);
    expect(roundTrip(drugsFileSchema, url, [{ ...drugs[0], approvals: [{ ...drugs[0].approvals[0], agency: 'WHO' }] }]).success).toBe(
      false,
    );
  });
});

describe('/api/evidence.tsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a\tb', 'a\\tb'],
    ['line\nbreak', 'line\\nbreak'],
    ['cr\r\nlf', 'cr\\r\\nlf'],
    ['back\\slash', 'back\\\\slash'],
    ['\\t literal', '\\\\t literal'],
  ])('escapes %j as %j', (value, expected) => {
    expect(tsvField(value)).toBe(expected);
  });

  it('writes a header and one row per statement, every row with every column', () => {
    const tsv = evidenceTsv(toStatementRecords(site.entries, site.getReference, ORIGIN));
    expect(tsv.split('\n')).toEqual([
      'id\tentry\tclaim\ttype\tdirection\tlevel\tcontext\tsources\tsource_ids\tconcerns',
      'st-tabs\tm-one\tA claim with a tab\\there and a line break\\nthat must stay in one field.\tpredictive\tdoes-not-support\tB\tnsclc\tref-one; fda-approval\tdoi:10.1000/test.1; https://www.fda.gov/drugs/example-approval\tb-one; s-one',
      '',
    ]);
  });
});

describe('trial JSON-LD', () => {
  it('is a MedicalWebPage whose main entity is a schema.org MedicalTrial', () => {
    const e = site.getEntry('trial-one')!;
    const ld = entryJsonLd(e, [], ORIGIN, (id) => site.getEntry(id)?.title);
    expect(ld.mainEntity).toEqual({
      '@type': 'MedicalTrial',
      '@id': `${ORIGIN}/trials/trial-one#trial`,
      name: 'Trial one',
      alternateName: 'TRIAL-1',
      identifier: 'NCT01234567',
      phase: 'Phase 3',
      trialDesign: 'https://schema.org/RandomizedTrial',
      status: 'https://schema.org/Completed',
      healthCondition: { '@type': 'MedicalCondition', name: 'NSCLC' },
      population: 'Adults with untreated advanced NSCLC.',
      studySubject: [{ '@type': 'Drug', name: 'Drugmab', url: `${ORIGIN}/drugs/drug-one` }],
      outcome: [
        'OS (primary), Drugmab plus chemotherapy vs Chemotherapy: HR 0.62 (95% CI 0.5–0.78); P 0.0001; met; primary analysis',
        'ORR, Drugmab plus chemotherapy vs Chemotherapy: 120/300 vs 60/300; primary analysis; sponsor-reported',
      ],
    });
    expect(entryJsonLd(site.getEntry('m-one')!, [], ORIGIN).mainEntity).toBeUndefined();
  });
});

describe('no editorial remark in any export', () => {
  it('leaves out notes, seenAt and supports of every source', () => {
    const all = [
      JSON.stringify(toStatementRecords(site.entries, site.getReference, ORIGIN)),
      JSON.stringify(toTrialRecords(site.entries, site.getReference, ORIGIN)),
      JSON.stringify(toDrugRecords(site.entries, site.getReference, ORIGIN)),
      evidenceTsv(toStatementRecords(site.entries, site.getReference, ORIGIN)),
      JSON.stringify(entryJsonLd(site.getEntry('trial-one')!, [], ORIGIN)),
    ].join('\n');
    expect(site.getReference('ref-one')).toMatchObject({ notes: NOTE });
    for (const secret of [NOTE, 'Everything in the fixtures.', 'The approval of drugmab.', 'The design of TRIAL-1.'])
      expect(all).not.toContain(secret);
  });
});
