import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Corpus } from '@/lib/content/build-corpus';
import { makeSite } from '@/lib/site/get-site';
import { KINDS, relationsOf } from '@/lib/content/kinds';
import { loadCorpus } from '@/lib/content/load';
import { entriesFileSchema, entriesJsonSchema, entryRecordSchema, toEntryRecord, toEntryRecords } from '@/lib/discovery/export';
import { mechanism, strategy, topic } from './builders';

describe('toEntryRecord', () => {
  it('exports a mechanism with its classification, typed relations by field and reference keys', () => {
    const m = mechanism('stk11-lkb1-loss', {
      title: 'STK11/LKB1 loss',
      titleZh: 'STK11/LKB1 缺失',
      aliases: ['LKB1'],
      origin: 'intrinsic',
      timing: 'primary',
      area: 'genomic-proteomic',
      related: ['kras'],
      biomarkers: ['stk11'],
      strategies: ['pd-1-ctla-4-combination'],
      involves: ['cd8-t-cells'],
      evidenceContext: 'nsclc',
    });
    expect(toEntryRecord(m, 'https://atlas.example.org/')).toEqual({
      id: 'stk11-lkb1-loss',
      kind: 'mechanism',
      url: 'https://atlas.example.org/mechanisms/stk11-lkb1-loss',
      title: 'STK11/LKB1 loss',
      titleZh: 'STK11/LKB1 缺失',
      aliases: ['LKB1'],
      summary: 'STK11/LKB1 loss is a test entry. It has a second sentence.',
      classification: { origin: 'intrinsic', timing: 'primary', area: 'genomic-proteomic', evidenceContext: 'nsclc' },
      relations: { related: ['kras'], biomarkers: ['stk11'], strategies: ['pd-1-ctla-4-combination'], involves: ['cd8-t-cells'] },
      references: ['ref-one'],
      lastReviewed: '2026-01-15',
    });
  });

  it('exports a strategy’s stage and tumour context, and a general topic’s area as null', () => {
    const [s, t] = toEntryRecords(
      [strategy('combo', { stage: 'preclinical', tumourContext: 'NSCLC (phase 3)', targets: ['m'] }), topic('intro')],
      'http://x',
    );
    expect([s.classification, s.relations]).toEqual([
      { stage: 'preclinical', stageLabel: 'Preclinical', tumourContext: 'NSCLC (phase 3)', evidenceContext: 'nsclc' },
      { related: [], targets: ['m'] },
    ]);
    expect([t.classification, t.relations]).toEqual([
      { area: null, evidenceContext: 'nsclc' },
      { related: [], entries: ['x'] },
    ]);
  });

  it('rejects a record with a field the schema does not know', () => {
    const rec = toEntryRecord(topic('intro'), 'http://x');
    expect(entryRecordSchema.safeParse({ ...rec, extra: 1 }).success).toBe(false);
    expect(entryRecordSchema.safeParse(rec).success).toBe(true);
  });
});

describe('entriesJsonSchema', () => {
  const schema = entriesJsonSchema('https://atlas.example.org/api/entries.schema.json') as {
    $schema: string;
    $id: string;
    type: string;
    items: { oneOf: { properties: { kind: { const: string }; relations: { properties: Record<string, unknown> } } }[] };
  };

  it('is a draft 2020-12 schema with its own URL as $id, describing an array of records', () => {
    expect([schema.$schema, schema.$id, schema.type]).toEqual([
      'https://json-schema.org/draft/2020-12/schema',
      'https://atlas.example.org/api/entries.schema.json',
      'array',
    ]);
  });

  it('has one variant per kind, whose relation fields are exactly the typed relations of that kind', () => {
    const variants = schema.items.oneOf.map((v) => [v.properties.kind.const, Object.keys(v.properties.relations.properties)]);
    expect(variants).toEqual(KINDS.map((k) => [k, relationsOf(k).map((r) => r.field)]));
  });

  it('as JSON Schema, accepts a real record and rejects one with an unknown kind', () => {
    const fromJson = z.fromJSONSchema(schema as never);
    const rec = JSON.parse(JSON.stringify(toEntryRecords([strategy('combo', { targets: ['m'] })], 'http://x')));
    expect(fromJson.safeParse(rec).success).toBe(true);
    expect(fromJson.safeParse([{ ...rec[0], kind: 'drug' }]).success).toBe(false);
  });
});

describe('the real corpus export', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus(process.cwd());
  }, 120_000);

  it('validates every record against the zod schema, one record per entry in list order', () => {
    const site = makeSite(corpus);
    const records = JSON.parse(JSON.stringify(toEntryRecords(site.entries, 'https://atlas.example.org')));
    const parsed = entriesFileSchema.safeParse(records);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(records.map((r: { id: string }) => r.id)).toEqual(site.entries.map((e) => e.id));
  });
});
