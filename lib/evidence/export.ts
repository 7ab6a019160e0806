/**
 * The evidence-model downloads: /api/evidence.json (every graded statement with its sources' identifiers),
 * /api/trials.json and /api/drugs.json, each described by a zod schema from which the record type and the
 * published JSON Schema are both derived, and /api/evidence.tsv, one row per statement for spreadsheets (the shape
 * of CIViC's releases). Editorial fields of sources (`notes`, `seenAt`, `supports`) are never read.
 */
import { z } from 'zod';
import type { Entry } from '../content/build-corpus';
import { ID_PATTERN } from '../content/ids';
import { KINDS } from '../content/kinds';
import {
  approvalSchema,
  developmentFields,
  DRUG_CLASSES,
  laterEventSchema,
  MAIN_AGENCIES,
  nsclcApprovalAgencies,
  refusalFields,
} from '../content/kinds/drug';
import { AGENCIES } from '../content/references';
import { ANALYSES, armSchema, ENDPOINTS, trialResult, type OutcomeData } from '../content/kinds/trial';
import { P_RELATIONS, pValueText, type ReportedDecimal } from '../content/reported';
import { PHASES, SOURCE_TYPES, type Reference } from '../content/references';
import { DIRECTIONS, EVIDENCE_LEVELS, SETTINGS, STATEMENT_TYPES, TUMOUR_CONTEXTS } from '../content/vocabulary';
import { entryHref } from '../site/routes';
import { evidenceHref } from './filter';
import { sourceIds, type SourceIds } from './sources';
import { collectStatements } from './statements';
import type { DrugEntry, TrialEntry } from './trials';

const id = z.string().regex(ID_PATTERN).describe('An entry id (kebab-case); the last segment of the entry URL.');
const ids = (what: string) => z.array(id).describe(what);
const refKey = z.string().regex(ID_PATTERN).describe('A reference key: the id of an item in /references.json (CSL-JSON).');
const url = z.url().describe('Canonical URL of the entry page.');

/** A source as the exports name it: its key, type and identifiers. */
export const sourceRecordSchema = z
  .strictObject({
    key: refKey,
    type: z.enum(SOURCE_TYPES).describe('journal article, regulatory decision, trial registration or conference abstract.'),
    doi: z.string().nullable().describe('DOI, without the https://doi.org/ prefix.'),
    pmid: z.string().regex(/^\d+$/).nullable().describe('PubMed id.'),
    registryId: z.string().nullable().describe('Trial registry id (NCT…), for a registration.'),
    url: z.url().nullable().describe('Where a reader finds the source: the DOI or PubMed page, the decision page, the registration.'),
  })
  .describe('A source with its identifiers.');

const origin = (siteUrl: string) => siteUrl.replace(/\/+$/, '');
const refIds = (key: string, lookup: (key: string) => Reference | undefined): SourceIds => {
  const r = lookup(key);
  return r ? sourceIds(r) : { key, type: 'journal', doi: null, pmid: null, registryId: null, url: null };
};

// ---------------------------------------------------------------- evidence statements

export const statementExportSchema = z
  .strictObject({
    id: z.string().regex(ID_PATTERN).describe('Statement id, unique across the atlas.'),
    url: z.url().describe('The statement on /evidence.'),
    entry: id.describe('The entry whose page holds the statement.'),
    entryKind: z.enum(KINDS as [string, ...string[]]).describe('Kind of that entry.'),
    claim: z.string().min(1).describe('The claim, in one or two sentences.'),
    type: z.enum(STATEMENT_TYPES).describe('predictive, prognostic, mechanistic (CIViC: functional) or safety.'),
    direction: z.enum(DIRECTIONS).describe('Whether the evidence supports the claim (CIViC evidence direction).'),
    level: z.enum(EVIDENCE_LEVELS).describe('A (validated) … E (inferential), modelled on CIViC; see /evidence#levels.'),
    context: z.enum(TUMOUR_CONTEXTS).describe('Where the evidence comes from.'),
    sources: z.array(sourceRecordSchema).min(1).describe('The sources the statement rests on.'),
    concerns: ids('Other entries the statement concerns (the holding entry is always concerned).'),
  })
  .describe('A graded evidence statement.');

export const evidenceFileSchema = z.array(statementExportSchema).meta({
  title: 'NSCLC Immunotherapy Resistance Atlas: evidence statements',
  description: 'Every graded evidence statement, strongest first within each entry, with its sources’ identifiers.',
});
export type StatementExport = z.infer<typeof statementExportSchema>;

/** Every statement of `entries` as an export record, in the entries’ order then authored order. */
export function toStatementRecords(
  entries: readonly Entry[],
  lookup: (key: string) => Reference | undefined,
  siteUrl: string,
): StatementExport[] {
  return collectStatements(entries).map((s) => ({
    id: s.id,
    url: `${origin(siteUrl)}${evidenceHref({ entry: s.entry }, s.id)}`,
    entry: s.entry,
    entryKind: s.entryKind,
    claim: s.claim,
    type: s.type,
    direction: s.direction,
    level: s.level,
    context: s.context,
    sources: s.sources.map((k) => refIds(k, lookup)),
    concerns: [...s.concerns],
  }));
}

// ---------------------------------------------------------------- trials

/** A number with the text its source printed: `value` for computing, `<name>Text` for showing ("0.50"). */
const num = (what: string) => z.number().describe(`${what} (a number; the digits the source printed are in the matching …Text field).`);
const numText = (what: string) => z.string().describe(`${what} with the digits the source printed ("0.50" stays "0.50").`);

const effectExportSchema = z
  .discriminatedUnion('measure', [
    z.strictObject({
      measure: z.literal('hr'),
      value: num('Hazard ratio of `arm` against `versus`'),
      valueText: numText('The hazard ratio'),
      ciLow: num('Lower confidence bound'),
      ciLowText: numText('The lower bound'),
      ciHigh: num('Upper confidence bound'),
      ciHighText: numText('The upper bound'),
      ciLevel: num('Confidence level, in percent'),
      ciLevelText: numText('The confidence level'),
    }),
    z.strictObject({
      measure: z.literal('proportion'),
      responders: z.int().min(0),
      total: z.int().positive(),
      versusResponders: z.int().min(0).optional(),
      versusTotal: z.int().positive().optional(),
    }),
    z.strictObject({
      measure: z.literal('median'),
      value: num('Median in `arm`'),
      valueText: numText('The median'),
      versusValue: num('Median in the comparator arm').optional(),
      versusValueText: numText('The comparator median').optional(),
      unit: z.enum(['months', 'weeks']),
    }),
    z.strictObject({
      measure: z.literal('rate'),
      value: num('Percent of patients in `arm`'),
      valueText: numText('The percentage'),
      versusValue: num('Percent in the comparator arm').optional(),
      versusValueText: numText('The comparator percentage').optional(),
      at: z.string().optional().describe('Time point of the rate ("5 years").'),
    }),
  ])
  .describe('The effect as the source reports it.');

export const outcomeExportSchema = z
  .strictObject({
    endpoint: z.enum(ENDPOINTS),
    primary: z.boolean().describe('A primary endpoint of the trial.'),
    arm: id.describe('The arm the effect belongs to (an arms[].id).'),
    versus: id.optional().describe('The comparator arm (an arms[].id).'),
    population: z.string().optional().describe('Population of the analysis when it is not everyone randomised.'),
    effect: effectExportSchema.optional(),
    note: z.string().optional(),
    p: z.number().gt(0).lte(1).optional().describe('The P value or the bound’s number (0.001 for "<0.001").'),
    pRelation: z.enum(P_RELATIONS).optional().describe('"=" for an exact P value, else the bound: <, ≤, >, ≥.'),
    pText: z.string().optional().describe('The P value as the source printed it: "0.005", "<0.001", "≤0.05".'),
    pSided: z.enum(['one-sided', 'two-sided']).optional().describe('Where the source says which.'),
    tested: z.boolean().describe('False for an outcome the trial’s hierarchical testing did not formally test (it has no P).'),
    analysis: z.enum(ANALYSES).describe('Which analysis the numbers come from.'),
    dataCutoff: z.string().optional().describe('Data cut-off of that analysis (YYYY-MM-DD or YYYY-MM), where stated.'),
    followUp: z.string().optional().describe('Follow-up at that analysis, as stated.'),
    met: z.boolean().optional().describe('Whether the endpoint was met.'),
    source: sourceRecordSchema,
    reportedBy: z.enum(['peer-reviewed', 'sponsor', 'conference']),
  })
  .describe('An outcome record with its source.');

const withText = <K extends string>(name: K, r: ReportedDecimal) =>
  ({ [name]: r.value, [`${name}Text`]: r.text }) as Record<K | `${K}Text`, number | string>;

/** An effect as exported: each reported decimal as a number field plus its `…Text`. */
function effectRecord(e: NonNullable<OutcomeData['effect']>): z.infer<typeof effectExportSchema> {
  switch (e.measure) {
    case 'hr':
      return {
        measure: 'hr',
        ...withText('value', e.value),
        ...withText('ciLow', e.ciLow),
        ...withText('ciHigh', e.ciHigh),
        ...withText('ciLevel', e.ciLevel),
      } as z.infer<typeof effectExportSchema>;
    case 'proportion':
      return { ...e };
    case 'median':
      return {
        measure: 'median',
        ...withText('value', e.value),
        ...(e.versusValue ? withText('versusValue', e.versusValue) : {}),
        unit: e.unit,
      } as z.infer<typeof effectExportSchema>;
    case 'rate':
      return {
        measure: 'rate',
        ...withText('value', e.value),
        ...(e.versusValue ? withText('versusValue', e.versusValue) : {}),
        ...(e.at ? { at: e.at } : {}),
      } as z.infer<typeof effectExportSchema>;
  }
}

/** An outcome record as exported. */
export function outcomeRecord(o: OutcomeData, lookup: (key: string) => Reference | undefined): z.infer<typeof outcomeExportSchema> {
  const { effect, p, source, ...rest } = o;
  return {
    ...rest,
    ...(effect ? { effect: effectRecord(effect) } : {}),
    ...(p ? { p: p.value, pRelation: p.relation, pText: pValueText(p) } : {}),
    source: refIds(source, lookup),
  };
}

export const trialExportSchema = z
  .strictObject({
    id,
    url,
    title: z.string().min(1),
    titleZh: z.string().min(1),
    acronym: z.string().min(1),
    registryId: z.string().nullable().describe('NCT number or another registry’s id.'),
    phase: z.enum(PHASES),
    setting: z.enum(SETTINGS),
    population: z.string().min(1),
    biomarkerSelection: z.string().nullable(),
    tumourType: z.string().min(1),
    status: z.enum(['recruiting', 'active', 'completed', 'terminated']),
    randomised: z.int().positive().nullable().describe('Number randomised (or enrolled, for a single-arm trial).'),
    arms: z.array(armSchema.extend({ drugs: ids('Drug entries given in this arm.') })),
    outcomes: z.array(outcomeExportSchema).describe('Outcome records, each with the analysis it comes from and its source.'),
    result: z.enum(['positive', 'negative', 'mixed', 'not-reported']).describe('Derived from the primary outcome records.'),
    strategies: ids('Strategy entries the trial tests.'),
    drugs: ids('Drug entries given in any arm.'),
    biomarkers: ids('Biomarker entries the trial selected or stratified on.'),
    mechanisms: ids('Mechanism entries the trial informs.'),
    references: z.array(refKey).min(1),
    lastReviewed: z.iso.date(),
  })
  .describe('A clinical trial with its arms and outcome records.');

export const trialsFileSchema = z.array(trialExportSchema).meta({
  title: 'NSCLC Immunotherapy Resistance Atlas: trials',
  description: 'Every trial entry with its design, arms and outcome records (effects, P values, whether met, who reported them, sources).',
});
export type TrialExport = z.infer<typeof trialExportSchema>;

export function toTrialRecord(t: TrialEntry, lookup: (key: string) => Reference | undefined, siteUrl: string): TrialExport {
  return {
    id: t.id,
    url: `${origin(siteUrl)}${entryHref(t.kind, t.id)}`,
    title: t.title,
    titleZh: t.titleZh,
    acronym: t.acronym,
    registryId: t.registryId ?? null,
    phase: t.phase,
    setting: t.setting,
    population: t.population,
    biomarkerSelection: t.biomarkerSelection ?? null,
    tumourType: t.tumourType,
    status: t.status,
    randomised: t.randomised ?? null,
    arms: t.arms.map((a) => ({ ...a, drugs: [...a.drugs] })),
    outcomes: t.outcomes.map((o) => outcomeRecord(o, lookup)),
    result: trialResult(t),
    strategies: [...t.strategies],
    drugs: [...t.drugs],
    biomarkers: [...t.biomarkers],
    mechanisms: [...t.mechanisms],
    references: [...t.refs],
    lastReviewed: t.lastReviewed,
  };
}

/** The trial entries among `entries`, as export records, in the order given. */
export function toTrialRecords(entries: readonly Entry[], lookup: (key: string) => Reference | undefined, siteUrl: string): TrialExport[] {
  return entries.filter((e): e is TrialEntry => e.kind === 'trial').map((t) => toTrialRecord(t, lookup, siteUrl));
}

// ---------------------------------------------------------------- drugs

export const drugExportSchema = z
  .strictObject({
    id,
    url,
    title: z.string().min(1).describe('Generic name.'),
    titleZh: z.string().min(1),
    genericNameZh: z.string().nullable().describe('Chinese generic name.'),
    brandNames: z.array(z.string()),
    brandNamesZh: z.array(z.string()),
    codes: z.array(z.string()).describe('Development codes.'),
    target: z.string().min(1),
    drugClass: z.enum(DRUG_CLASSES),
    approvals: z
      .array(approvalSchema.extend({ later: z.array(laterEventSchema.extend({ source: sourceRecordSchema })), source: sourceRecordSchema }))
      .describe(
        'Approvals by agency, each with the agency’s decision as its source, its pivotal trial, pathway and later conversions or withdrawals.',
      ),
    approvedInNsclc: z
      .array(z.enum(MAIN_AGENCIES))
      .describe('The agencies (of FDA, EMA, NMPA) with an NSCLC approval of the drug not later withdrawn: the /drugs filter.'),
    refusals: z
      .array(refusalFields.extend({ source: sourceRecordSchema.nullable() }))
      .describe('Regulatory refusals (complete response letters, advisory votes against, withdrawn applications), each with its source.'),
    approvalGaps: z
      .array(
        z.strictObject({
          agency: z.enum(Object.keys(AGENCIES) as [keyof typeof AGENCIES, ...(keyof typeof AGENCIES)[]]),
          note: z.string(),
        }),
      )
      .describe('Agencies whose NSCLC decisions could not all be found in the sources checked, with what is missing.'),
    development: developmentFields
      .extend({ source: sourceRecordSchema.nullable() })
      .nullable()
      .describe('Development status (active, or stopped with date and reason) where the drug has no NSCLC approval; null otherwise.'),
    strategies: ids('Strategy entries the drug belongs to.'),
    references: z.array(refKey).min(1),
    lastReviewed: z.iso.date(),
  })
  .describe('A drug with its names, target, class, approvals, refusals and development status.');

export const drugsFileSchema = z.array(drugExportSchema).meta({
  title: 'NSCLC Immunotherapy Resistance Atlas: drugs',
  description:
    'Every drug entry with its generic, brand and Chinese names, target, class, approvals (agency, date, indication, pivotal trial, pathway, later decisions, source), refusals and development status.',
});
export type DrugExport = z.infer<typeof drugExportSchema>;

export function toDrugRecord(d: DrugEntry, lookup: (key: string) => Reference | undefined, siteUrl: string): DrugExport {
  return {
    id: d.id,
    url: `${origin(siteUrl)}${entryHref(d.kind, d.id)}`,
    title: d.title,
    titleZh: d.titleZh,
    genericNameZh: d.genericNameZh ?? null,
    brandNames: [...d.brandNames],
    brandNamesZh: [...d.brandNamesZh],
    codes: [...d.codes],
    target: d.target,
    drugClass: d.drugClass,
    approvals: d.approvals.map((a) => ({
      ...a,
      later: a.later.map((l) => ({ ...l, source: refIds(l.source, lookup) })),
      source: refIds(a.source, lookup),
    })),
    approvedInNsclc: nsclcApprovalAgencies(d),
    refusals: d.refusals.map((r) => ({ ...r, source: r.source ? refIds(r.source, lookup) : null })),
    approvalGaps: d.approvalGaps.map((g) => ({ ...g })),
    development: d.development ? { ...d.development, source: d.development.source ? refIds(d.development.source, lookup) : null } : null,
    strategies: [...d.strategies],
    references: [...d.refs],
    lastReviewed: d.lastReviewed,
  };
}

/** The drug entries among `entries`, as export records, in the order given. */
export function toDrugRecords(entries: readonly Entry[], lookup: (key: string) => Reference | undefined, siteUrl: string): DrugExport[] {
  return entries.filter((e): e is DrugEntry => e.kind === 'drug').map((d) => toDrugRecord(d, lookup, siteUrl));
}

// ---------------------------------------------------------------- JSON Schema and TSV

/** The JSON Schema (draft 2020-12) of a file schema, with `$id` its own URL. */
export function exportJsonSchema(schema: z.ZodType, schemaUrl: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return { $schema, $id: schemaUrl, ...rest };
}

/**
 * A value as a TSV field: backslash, tab, newline and carriage return written as \\, \t, \n and \r (the escaping
 * of PostgreSQL's text COPY format and of "linear TSV"), so a field never splits a row or a column.
 */
export function tsvField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

/** The identifier a reader follows for a source: doi:…, pmid:…, the registry id, or the URL. */
function sourceLink(s: SourceIds): string {
  if (s.doi) return `doi:${s.doi}`;
  if (s.pmid) return `pmid:${s.pmid}`;
  if (s.registryId) return s.registryId;
  return s.url ?? '';
}

export const TSV_COLUMNS = ['id', 'entry', 'claim', 'type', 'direction', 'level', 'context', 'sources', 'source_ids', 'concerns'] as const;

/**
 * The statements as TSV: a header row, then one row per statement. `sources` lists the reference keys and
 * `source_ids` the matching DOI / PMID / registry id / URL, both joined by "; " in the same order; `concerns`
 * lists the other entries the statement concerns.
 */
export function evidenceTsv(records: readonly StatementExport[]): string {
  const rows = records.map((s) =>
    [
      s.id,
      s.entry,
      s.claim,
      s.type,
      s.direction,
      s.level,
      s.context,
      s.sources.map((x) => x.key).join('; '),
      s.sources.map(sourceLink).join('; '),
      s.concerns.join('; '),
    ]
      .map(tsvField)
      .join('\t'),
  );
  return `${[TSV_COLUMNS.join('\t'), ...rows].join('\n')}\n`;
}
