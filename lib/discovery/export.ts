/**
 * The data export (/api/entries.json): one record per entry, described by a zod schema from which both the
 * record type and the published JSON Schema (/api/entries.schema.json) are derived, so the three cannot drift.
 * Classification enums are taken from the content schemas themselves.
 */
import { z } from 'zod';
import type { Entry } from '../content/build-corpus';
import { ID_PATTERN } from '../content/ids';
import { AREAS, EVIDENCE_CONTEXTS, KINDS } from '../content/kinds';
import { biomarkerSchema, cellOrMoleculeSchema, mechanismSchema, strategySchema } from '../content/schema';
import { entryHref } from '../site/routes';

const id = z.string().regex(ID_PATTERN).describe('An entry id (kebab-case); the last segment of the entry URL.');
const ids = (what: string) => z.array(id).describe(what);
const evidenceContext = z
  .enum(EVIDENCE_CONTEXTS)
  .describe('Where the evidence comes from: nsclc, mixed (NSCLC and other cancers), other-cancers (extrapolated), preclinical, general (a definition).');

/** Fields every record has, in output order around `kind`, `classification` and `relations`. */
const common = {
  url: z.url().describe('Canonical URL of the entry page.'),
  title: z.string().min(1).describe('English title.'),
  titleZh: z.string().min(1).describe('Chinese name.'),
  aliases: z.array(z.string()).describe('Synonyms, abbreviations, gene aliases, drug codes, trial names and Chinese terms.'),
  summary: z.string().min(1).describe('One-paragraph summary for a clinician.'),
};
const tail = {
  references: z
    .array(z.string().regex(ID_PATTERN))
    .min(1)
    .describe('Reference keys in citation order; each is the id of an item in /references.json (CSL-JSON).'),
  lastReviewed: z.iso.date().describe('Date the entry was last checked against its sources (YYYY-MM-DD).'),
};
const related = ids('Entries worth reading next (any kind).');

const mechanismRecord = z
  .strictObject({
    id,
    kind: z.literal('mechanism'),
    ...common,
    classification: z.strictObject({
      origin: mechanismSchema.shape.origin.describe('intrinsic (tumour cell) or extrinsic (microenvironment, host).'),
      timing: mechanismSchema.shape.timing.describe('primary, acquired, or both.'),
      area: mechanismSchema.shape.area.describe('Area of the source review.'),
      evidenceContext,
    }),
    relations: z.strictObject({
      related,
      biomarkers: ids('Biomarker entries that signal this mechanism.'),
      strategies: ids('Strategy entries studied against this mechanism.'),
      involves: ids('Cell-or-molecule entries that carry out this mechanism.'),
    }),
    ...tail,
  })
  .describe('A resistance mechanism.');

const biomarkerRecord = z
  .strictObject({
    id,
    kind: z.literal('biomarker'),
    ...common,
    classification: z.strictObject({ biomarkerType: biomarkerSchema.shape.biomarkerType, evidenceContext }),
    relations: z.strictObject({ related }),
    ...tail,
  })
  .describe('A biomarker or gene.');

const cellOrMoleculeRecord = z
  .strictObject({
    id,
    kind: z.literal('cell-or-molecule'),
    ...common,
    classification: z.strictObject({
      entityType: cellOrMoleculeSchema.shape.entityType,
      role: cellOrMoleculeSchema.shape.role,
      evidenceContext,
    }),
    relations: z.strictObject({ related, suppresses: ids('Cell-or-molecule entries this one suppresses.') }),
    ...tail,
  })
  .describe('A cell type or molecule.');

const strategyRecord = z
  .strictObject({
    id,
    kind: z.literal('strategy'),
    ...common,
    classification: z.strictObject({
      stage: strategySchema.shape.stage.describe('Most advanced stage of evidence in any tumour.'),
      tumourContext: z.string().min(1).describe('Where that evidence comes from.'),
      evidenceContext,
    }),
    relations: z.strictObject({ related, targets: ids('Mechanism entries this strategy is meant to overcome.') }),
    ...tail,
  })
  .describe('A drug, combination or strategy.');

const conceptRecord = z
  .strictObject({
    id,
    kind: z.literal('concept'),
    ...common,
    classification: z.strictObject({ evidenceContext }),
    relations: z.strictObject({ related }),
    ...tail,
  })
  .describe('A concept or definition.');

const topicRecord = z
  .strictObject({
    id,
    kind: z.literal('topic'),
    ...common,
    classification: z.strictObject({
      area: z.enum(AREAS).nullable().describe('The area this overview covers, or null for a general overview.'),
      evidenceContext,
    }),
    relations: z.strictObject({ related, entries: ids('Entries this overview gathers, in reading order.') }),
    ...tail,
  })
  .describe('A topic overview.');

/** One exported entry; `kind` decides the shape of `classification` and `relations`. */
export const entryRecordSchema = z
  .discriminatedUnion('kind', [mechanismRecord, biomarkerRecord, cellOrMoleculeRecord, strategyRecord, conceptRecord, topicRecord])
  .meta({ title: 'Atlas entry', description: `One entry of the atlas. kind is one of: ${KINDS.join(', ')}.` });

/** The whole export: an array of records, one per entry, in the site's list order. */
export const entriesFileSchema = z.array(entryRecordSchema).meta({
  title: 'NSCLC Immunotherapy Resistance Atlas: entries',
  description: 'Every entry of the atlas with its classification, typed relations (by frontmatter field) and reference keys.',
});

export type EntryRecord = z.infer<typeof entryRecordSchema>;

/** Converts one validated entry into its export record; `siteUrl` is the public origin (no trailing slash needed). */
export function toEntryRecord(e: Entry, siteUrl: string): EntryRecord {
  const head = {
    url: `${siteUrl.replace(/\/+$/, '')}${entryHref(e.kind, e.id)}`,
    title: e.title,
    titleZh: e.titleZh,
    aliases: [...e.aliases],
    summary: e.summary,
  };
  const end = { references: [...e.refs], lastReviewed: e.lastReviewed };
  const { evidenceContext: ev, related: rel } = e;
  switch (e.kind) {
    case 'mechanism':
      return {
        id: e.id,
        kind: e.kind,
        ...head,
        classification: { origin: e.origin, timing: e.timing, area: e.area, evidenceContext: ev },
        relations: { related: [...rel], biomarkers: [...e.biomarkers], strategies: [...e.strategies], involves: [...e.involves] },
        ...end,
      };
    case 'biomarker':
      return { id: e.id, kind: e.kind, ...head, classification: { biomarkerType: e.biomarkerType, evidenceContext: ev }, relations: { related: [...rel] }, ...end };
    case 'cell-or-molecule':
      return {
        id: e.id,
        kind: e.kind,
        ...head,
        classification: { entityType: e.entityType, role: e.role, evidenceContext: ev },
        relations: { related: [...rel], suppresses: [...e.suppresses] },
        ...end,
      };
    case 'strategy':
      return {
        id: e.id,
        kind: e.kind,
        ...head,
        classification: { stage: e.stage, tumourContext: e.tumourContext, evidenceContext: ev },
        relations: { related: [...rel], targets: [...e.targets] },
        ...end,
      };
    case 'concept':
      return { id: e.id, kind: e.kind, ...head, classification: { evidenceContext: ev }, relations: { related: [...rel] }, ...end };
    case 'topic':
      return {
        id: e.id,
        kind: e.kind,
        ...head,
        classification: { area: e.area ?? null, evidenceContext: ev },
        relations: { related: [...rel], entries: [...e.entries] },
        ...end,
      };
  }
}

/** Every entry as a record, in the order given. */
export function toEntryRecords(entries: readonly Entry[], siteUrl: string): EntryRecord[] {
  return entries.map((e) => toEntryRecord(e, siteUrl));
}

/** The JSON Schema (draft 2020-12) of /api/entries.json, generated from `entriesFileSchema`; `$id` is its own URL. */
export function entriesJsonSchema(schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(entriesFileSchema) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, $id: schemaUrl, ...rest };
}
