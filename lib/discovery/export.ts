/**
 * The data export (/api/entries.json): one record per entry, described by a zod schema from which both the
 * record type and the published JSON Schema (/api/entries.schema.json) are derived, so the three cannot drift.
 * Each kind's record (classification and relations) is derived from its declaration in the kind registry.
 */
import { z } from 'zod';
import type { Entry } from '../content/build-corpus';
import { ID_PATTERN } from '../content/ids';
import { classificationOf, EVIDENCE_CONTEXTS, KIND_DEFS, KINDS, relationsOf, relationTargets } from '../content/kinds';
import { entryHref } from '../site/routes';

const id = z.string().regex(ID_PATTERN).describe('An entry id (kebab-case); the last segment of the entry URL.');
const ids = (what: string) => z.array(id).describe(what);
const evidenceContext = z
  .enum(EVIDENCE_CONTEXTS)
  .describe(
    'Where the evidence comes from: nsclc, mixed (NSCLC and other cancers), other-cancers (extrapolated), preclinical, general (a definition).',
  );

/** Fields every record has, in output order around `kind`, `classification` and `relations`. */
const common = {
  url: z
    .string()
    .regex(/^(https?:\/\/[^/\s]+)?\/(?!\/)\S*$/)
    .describe(
      'URL of the entry page: absolute when the site was built with its public origin (SITE_URL), else relative to the site root (resolve it against the URL of this file).',
    ),
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

/** The export record of one kind, derived from its registry declaration: classification and relations. */
function recordSchemaOf(def: (typeof KIND_DEFS)[number]) {
  const relations = Object.fromEntries(
    relationsOf(def.meta.name).map((r) => [r.field, r.field === 'related' ? related : ids(r.description)]),
  );
  return z
    .strictObject({
      id,
      kind: z.literal(def.meta.name),
      ...common,
      classification: z.strictObject({ ...def.classification.shape, evidenceContext }),
      relations: z.strictObject(relations),
      ...tail,
    })
    .describe(`${def.meta.label}: ${def.meta.blurb}`);
}

const recordSchemas = KIND_DEFS.map(recordSchemaOf);

/** One exported entry; `kind` decides the shape of `classification` and `relations`. */
export const entryRecordSchema = z
  .discriminatedUnion('kind', recordSchemas as unknown as [ReturnType<typeof recordSchemaOf>, ...ReturnType<typeof recordSchemaOf>[]])
  .meta({ title: 'Atlas entry', description: `One entry of the atlas. kind is one of: ${KINDS.join(', ')}.` });

/** The whole export: an array of records, one per entry, in the site's list order. */
export const entriesFileSchema = z.array(entryRecordSchema).meta({
  title: 'NSCLC Immunotherapy Resistance Atlas: entries',
  description: 'Every entry of the atlas with its classification, typed relations (by frontmatter field) and reference keys.',
});

export type EntryRecord = z.infer<typeof entryRecordSchema>;

/** Converts one validated entry into its export record; `siteUrl` is the public origin (no trailing slash needed), '' for root-relative URLs. */
export function toEntryRecord(e: Entry, siteUrl: string): EntryRecord {
  return {
    id: e.id,
    kind: e.kind,
    url: `${siteUrl.replace(/\/+$/, '')}${entryHref(e.kind, e.id)}`,
    title: e.title,
    titleZh: e.titleZh,
    aliases: [...e.aliases],
    summary: e.summary,
    classification: { ...classificationOf(e), evidenceContext: e.evidenceContext },
    relations: Object.fromEntries(relationsOf(e.kind).map((r) => [r.field, [...relationTargets(e, r)]])),
    references: [...e.refs],
    lastReviewed: e.lastReviewed,
  };
}

/** Every entry as a record, in the order given. */
export function toEntryRecords(entries: readonly Entry[], siteUrl: string): EntryRecord[] {
  return entries.map((e) => toEntryRecord(e, siteUrl));
}

/** The JSON Schema (draft 2020-12) of /api/entries.json, generated from `entriesFileSchema`; `$id` is its own URL (absolute or root-relative). */
export function entriesJsonSchema(schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(entriesFileSchema) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, $id: schemaUrl, ...rest };
}
