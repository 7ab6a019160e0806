/**
 * The bibliography: content/references.yaml, a list of sources, each with a `type` that picks its schema:
 * `journal` (article with DOI and/or PMID), `regulatory` (an agency's decision), `registry` (a trial registration)
 * or `conference` (an abstract or presentation). Authors are structured (lib/content/authors.ts).
 *
 * ┌──────────────────────────────────────────────────────────────────────────────────────────────────────────┐
 * │ `notes` and `seenAt` are editorial: they record how a source was checked. No page, export, JSON-LD or      │
 * │ citation file may read them. The writers in lib/discovery/cite-formats.ts, lib/site/json-ld.ts and         │
 * │ components/entry/references-list.tsx never touch them, and tests/unit/content/editorial-leak.test.ts scans │
 * │ their output for the real corpus.                                                                          │
 * └──────────────────────────────────────────────────────────────────────────────────────────────────────────┘
 */
import { z } from 'zod';
import { authorSchema, type Author } from './authors';
import { ID_PATTERN, type RefKey } from './ids';
import { didYouMean } from '../core/suggest';
import { issue, type ContentIssue } from './issues';
import { parseYaml } from './yaml';
import { zodIssueToContent } from './zod-issues';

export const DOI_PATTERN = /^10\.\d{4,9}\/[^\s]+$/;
export const PMID_PATTERN = /^[1-9]\d{0,8}$/;

/** The kinds of source the bibliography holds. */
export const SOURCE_TYPES = ['journal', 'regulatory', 'registry', 'conference'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Regulatory agencies whose decisions the atlas cites, with the names used as publisher in exports. */
export const AGENCIES = {
  FDA: 'U.S. Food and Drug Administration',
  EMA: 'European Medicines Agency',
  NMPA: 'National Medical Products Administration (China)',
  PMDA: 'Pharmaceuticals and Medical Devices Agency (Japan)',
} as const;
export type Agency = keyof typeof AGENCIES;

/**
 * Trial registries and the format of their ids. ClinicalTrials.gov is the default when `registry` is omitted.
 * Formats from each registry's own documentation of its identifiers.
 */
export const REGISTRIES = {
  'ClinicalTrials.gov': { pattern: /^NCT\d{8}$/, example: 'NCT04294810', describe: 'NCT followed by 8 digits' },
  ChiCTR: { pattern: /^ChiCTR(?:-[A-Z]{2,5}-)?\d{8,10}$/, example: 'ChiCTR2000029308', describe: 'ChiCTR followed by 10 digits (older ids: ChiCTR-TRC-12002542)' },
  EudraCT: { pattern: /^\d{4}-\d{6}-\d{2}$/, example: '2014-000180-27', describe: 'YYYY-NNNNNN-CC' },
  CTIS: { pattern: /^\d{4}-\d{6}-\d{2}-\d{2}$/, example: '2022-500014-26-00', describe: 'an EU CT number YYYY-5NNNNN-CC-NN' },
  jRCT: { pattern: /^jRCT(?:\d{10}|s\d{9})$/, example: 'jRCT2031190048', describe: 'jRCT followed by 10 digits, or jRCTs and 9 digits' },
  ISRCTN: { pattern: /^ISRCTN\d{8}$/, example: 'ISRCTN12345678', describe: 'ISRCTN followed by 8 digits' },
  'UMIN-CTR': { pattern: /^UMIN\d{9}$/, example: 'UMIN000012345', describe: 'UMIN followed by 9 digits' },
  ANZCTR: { pattern: /^ACTRN\d{14}$/, example: 'ACTRN12615000123456', describe: 'ACTRN followed by 14 digits' },
  CTRI: { pattern: /^CTRI\/\d{4}\/\d{2,3}\/\d{6}$/, example: 'CTRI/2020/05/025212', describe: 'CTRI/YYYY/NN/NNNNNN' },
} as const;
export type RegistryName = keyof typeof REGISTRIES;
const REGISTRY_NAMES = Object.keys(REGISTRIES) as [RegistryName, ...RegistryName[]];

/** Trial phases as registries write them. */
export const PHASES = ['1', '1/2', '2', '2/3', '3', '4'] as const;

const doiSchema = z.string().regex(DOI_PATTERN, { error: 'Expected a DOI like 10.1016/j.cell.2017.01.017 (no https://doi.org/ prefix)' });
const pmidSchema = z.union([z.int().positive(), z.string().regex(PMID_PATTERN, { error: 'Expected a PubMed id: digits only, e.g. 28187290' })]);
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'Expected an https:// address' });
const isoDate = z.iso.date({ error: 'Expected a date as YYYY-MM-DD' });
const year = z.int().min(1900).max(2100);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Fields every source has. */
const common = {
  /** Citation key used in <Cite id="…"/> and in `references:` frontmatter. */
  id: z.string().regex(ID_PATTERN, { error: 'Expected a kebab-case key' }),
  /** What the source supports, for authors; shown on the bibliography page. Write facts, not verification remarks. */
  supports: z.string().trim().min(5).max(1000),
  /** Editorial remarks (how the source was checked, what is unconfirmed). NEVER shown on a page or in an export. */
  notes: z.string().trim().max(2000).optional(),
  /** Where each fact was read (addresses with a remark). Editorial: NEVER shown on a page or in an export. */
  seenAt: z.array(z.string().trim().min(5).max(600)).min(1).optional(),
  /** A = seen on the primary record (PubMed, publisher, registry, agency); B = seen only in secondary pages. */
  tier: z.enum(['A', 'B']).optional(),
};

/** Structured authors plus whether the list is complete (false prints "et al."). */
const authored = {
  /** Authors in order: `{ family, given? }` per person, `{ literal }` for a group. Empty only if none was seen. */
  authors: z.array(authorSchema).max(60),
  /** true when `authors` is the whole list; false prints "et al." (and "and others" in BibTeX). */
  authorsComplete: z.boolean(),
};

/** Where the evidence of this source comes from (NSCLC, melanoma, pan-cancer review…). */
const evidenceContext = z.string().trim().min(2).max(120);

const journalSchema = z.strictObject({
  ...common,
  ...authored,
  /** A journal article (or a review, guideline or consensus paper in a journal). */
  type: z.literal('journal'),
  title: z.string().trim().min(5).max(400),
  /** Journal name, spelled out. May be omitted only for the source review. */
  journal: z.string().trim().min(2).max(200).optional(),
  /** Publication year; may be omitted only for the source review, whose year is unverified. */
  year: year.optional(),
  /** Volume(issue):pages or article number, e.g. 16(2):121-126. */
  volume: z.string().trim().max(100).optional(),
  /** DOI without the https://doi.org/ prefix. null = not seen (do not fill in from memory). */
  doi: doiSchema.nullable().optional(),
  /** PubMed id: digits only. null = not seen (do not fill in from memory). */
  pmid: pmidSchema.nullable().optional(),
  evidenceContext,
  /** Marks the atlas's source review, whose bibliographic details could not be verified. */
  sourceReview: z.literal(true).optional(),
});

const regulatorySchema = z.strictObject({
  ...common,
  /** A regulatory decision: an approval, a label change or a refusal, by one agency on one date. */
  type: z.literal('regulatory'),
  /** The agency that decided: FDA, EMA, NMPA or PMDA. */
  agency: z.enum(Object.keys(AGENCIES) as [Agency, ...Agency[]]),
  /** Date of the decision (YYYY-MM-DD); not in the future. */
  date: isoDate,
  /** The indication as the agency worded it (tumour, line, biomarker, combination). */
  indication: z.string().trim().min(5).max(600),
  /** The page that records the decision (https only). */
  url: httpsUrl,
  /** Title of the decision or of the page announcing it. */
  title: z.string().trim().min(5).max(400),
  /** The drug(s) the decision concerns, generic name first ("pembrolizumab (Keytruda)"). */
  drugs: z.array(z.string().trim().min(2).max(200)).min(1).optional(),
  evidenceContext: evidenceContext.optional(),
});

const registrySchema = z.strictObject({
  ...common,
  /** A trial registration. */
  type: z.literal('registry'),
  /** The registry; ClinicalTrials.gov when omitted. */
  registry: z.enum(REGISTRY_NAMES).optional(),
  /** The trial's id in that registry (NCT04294810, ChiCTR2000029308, 2014-000180-27, jRCT2031190048…). */
  registryId: z.string().trim().min(4).max(40),
  /** The trial's official or brief title as registered. */
  title: z.string().trim().min(5).max(600),
  /** The registration page (https only); derived for ClinicalTrials.gov ids when omitted. */
  url: httpsUrl.optional(),
  /** The sponsor as registered. */
  sponsor: z.string().trim().min(2).max(200).optional(),
  /** Phase as registered. */
  phase: z.enum(PHASES).optional(),
  /** Recruitment status as registered when seen (for authors: it goes stale, so pages do not show it). */
  status: z.string().trim().min(2).max(400).optional(),
  evidenceContext: evidenceContext.optional(),
});

const conferenceSchema = z.strictObject({
  ...common,
  ...authored,
  /** A conference abstract or presentation. */
  type: z.literal('conference'),
  title: z.string().trim().min(5).max(400),
  /** The meeting ("ESMO Congress 2024", "SITC 2022"). */
  meeting: z.string().trim().min(3).max(200),
  /** Year of the meeting. */
  year,
  /** Date of the presentation (YYYY-MM-DD), when known. */
  date: isoDate.optional(),
  /** The journal supplement that printed the abstract, with its volume, when there is one. */
  journal: z.string().trim().min(2).max(200).optional(),
  /** The abstract's page (https only). A conference source needs a url or a DOI. */
  url: httpsUrl.optional(),
  /** DOI of the abstract, without the https://doi.org/ prefix. */
  doi: doiSchema.optional(),
  evidenceContext,
});

/** The schema for one source; `today` decides which dates are "in the future". */
export function referenceSchemaFor(today: Date = new Date()) {
  const todayIso = today.toISOString().slice(0, 10);
  return z.discriminatedUnion('type', [
    journalSchema.superRefine((r, ctx) => {
      if (!r.sourceReview && !r.doi && !r.pmid) ctx.addIssue({ code: 'custom', path: ['doi'], message: 'A journal source needs a DOI or a PMID (or both)', params: { hint: 'Add the DOI and/or PMID seen beside the title; cite a registry, regulatory or conference source with its own type.' } });
      if (!r.sourceReview && r.year === undefined) ctx.addIssue({ code: 'custom', path: ['year'], message: 'A journal source needs its year', params: { hint: 'Add "year: YYYY".' } });
      if (!r.sourceReview && r.journal === undefined) ctx.addIssue({ code: 'custom', path: ['journal'], message: 'A journal source needs its journal', params: { hint: 'Add "journal: …" spelled out.' } });
      emptyAuthors(r, ctx);
    }),
    regulatorySchema.superRefine((r, ctx) => {
      if (ISO_DAY.test(r.date) && r.date > todayIso) ctx.addIssue({ code: 'custom', path: ['date'], message: `Date ${r.date} is in the future (today is ${todayIso})`, params: { hint: 'A regulatory decision has a past date: check the year and month.' } });
    }),
    registrySchema.superRefine((r, ctx) => {
      const name = r.registry ?? 'ClinicalTrials.gov';
      const fmt = REGISTRIES[name];
      if (fmt.pattern.test(r.registryId)) return;
      const other = REGISTRY_NAMES.find((n) => REGISTRIES[n].pattern.test(r.registryId));
      ctx.addIssue({
        code: 'custom',
        path: ['registryId'],
        message: `"${r.registryId}" is not a ${name} id (expected ${fmt.describe})`,
        params: { hint: other ? `That is a ${other} id: add "registry: ${other}".` : `Write it like ${fmt.example}${r.registry ? '' : ', or name another registry with "registry: …"'}.` },
      });
    }),
    conferenceSchema.superRefine((r, ctx) => {
      if (!r.url && !r.doi) ctx.addIssue({ code: 'custom', path: ['url'], message: 'A conference source needs a url or a DOI (or both)', params: { hint: "Add the https:// address of the abstract's page." } });
      if (r.date && ISO_DAY.test(r.date) && r.date > todayIso) ctx.addIssue({ code: 'custom', path: ['date'], message: `Date ${r.date} is in the future (today is ${todayIso})`, params: { hint: 'Give the date the abstract was presented.' } });
      emptyAuthors(r, ctx);
    }),
  ]);
}

function emptyAuthors(r: { authors: Author[]; authorsComplete: boolean }, ctx: z.core.$RefinementCtx) {
  if (!r.authors.length && r.authorsComplete) ctx.addIssue({ code: 'custom', path: ['authorsComplete'], message: 'An empty author list cannot be complete', params: { hint: 'Set "authorsComplete: false" (no author was seen), or list the authors.' } });
}

type Schema = ReturnType<typeof referenceSchemaFor>;
export type ReferenceData = z.infer<Schema>;

type Keyed<T> = Omit<T, 'id'> & { id: RefKey };

export type JournalReference = Keyed<Omit<z.infer<typeof journalSchema>, 'pmid'>> & {
  pmid: string | null;
  doiUrl: string | null;
  pubmedUrl: string | null;
};
export type RegulatoryReference = Keyed<z.infer<typeof regulatorySchema>>;
export type RegistryReference = Keyed<z.infer<typeof registrySchema>> & {
  registry: RegistryName;
  /** The registration page: `url`, or the ClinicalTrials.gov study page for an NCT id; null when neither. */
  registryUrl: string | null;
};
export type ConferenceReference = Keyed<z.infer<typeof conferenceSchema>> & { doiUrl: string | null };

/** A validated source with derived links. */
export type Reference = JournalReference | RegulatoryReference | RegistryReference | ConferenceReference;

const FIELDS_BY_TYPE: Record<SourceType, string[]> = {
  journal: Object.keys(journalSchema.shape),
  regulatory: Object.keys(regulatorySchema.shape),
  registry: Object.keys(registrySchema.shape),
  conference: Object.keys(conferenceSchema.shape),
};

/** Adds the derived links to a validated source. */
function withLinks(r: ReferenceData): Reference {
  const id = r.id as RefKey;
  switch (r.type) {
    case 'journal': {
      const pmid = r.pmid == null ? null : String(r.pmid);
      return { ...r, id, pmid, doiUrl: r.doi ? `https://doi.org/${r.doi}` : null, pubmedUrl: pmid ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : null };
    }
    case 'registry': {
      const registry = r.registry ?? 'ClinicalTrials.gov';
      const registryUrl = r.url ?? (registry === 'ClinicalTrials.gov' ? `https://clinicaltrials.gov/study/${r.registryId}` : null);
      return { ...r, id, registry, registryUrl };
    }
    case 'conference':
      return { ...r, id, doiUrl: r.doi ? `https://doi.org/${r.doi}` : null };
    case 'regulatory':
      return { ...r, id };
  }
}

export interface LoadReferencesOptions {
  /** "Today" for the not-in-the-future date checks; defaults to the current date. */
  today?: Date;
}

/** Parses and validates the bibliography text. Returns every valid reference and an issue per problem. */
export function loadReferences(
  text: string,
  file = 'content/references.yaml',
  options: LoadReferencesOptions = {},
): {
  references: Reference[];
  /** Every key present in the file, valid or not, so one bad reference does not also fail every citation of it. */
  keys: Set<string>;
  issues: ContentIssue[];
} {
  const schema = referenceSchemaFor(options.today ?? new Date());
  const keys = new Set<string>();
  const issues: ContentIssue[] = [];
  const references: Reference[] = [];
  const y = parseYaml(text);
  for (const e of y.errors) issues.push(issue(file, e.line, e.column, 'file', `YAML syntax error: ${e.message}`, 'Check indentation and quoting on this line.'));
  if (y.errors.length) return { references, keys, issues };
  if (!Array.isArray(y.value)) {
    issues.push(issue(file, 1, 1, 'file', 'Expected a YAML list of references', 'Start each reference with "- id: …".'));
    return { references, keys, issues };
  }
  const seen = new Map<string, number>();
  y.value.forEach((raw: unknown, index: number) => {
    const locate = (p: readonly PropertyKey[], key?: boolean) => y.locate([index, ...p], key);
    if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') keys.add(raw.id);
    const typeIssue = checkType(raw, index, file, locate);
    if (typeIssue) {
      issues.push(typeIssue);
      return;
    }
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      const fields = FIELDS_BY_TYPE[(raw as { type: SourceType }).type];
      for (const zi of parsed.error.issues) {
        const ci = zodIssueToContent(zi, file, locate, fields);
        if (/^authors\[\d+\]$/.test(ci.field) && !ci.hint) ci.hint = AUTHOR_HINT;
        issues.push(ci);
      }
      return;
    }
    const r = parsed.data;
    const at = locate(['id']);
    if (seen.has(r.id)) {
      issues.push(issue(file, at.line, at.column, `[${index}].id`, `Duplicate reference key "${r.id}" (first defined on line ${seen.get(r.id)})`, 'Give each reference a unique key, or delete the duplicate.'));
      return;
    }
    seen.set(r.id, at.line);
    references.push(withLinks(r));
  });
  return { references, keys, issues };
}

const AUTHOR_HINT = 'Write each person as "- { family: Sharma, given: P }" and a group as "- { literal: … }" (scripts/migrate-references.ts converts old author text).';

/** A missing or unknown `type` gets its own message (the union would only say "no matching discriminator"). */
function checkType(
  raw: unknown,
  index: number,
  file: string,
  locate: (p: readonly PropertyKey[], key?: boolean) => { line: number; column: number },
): ContentIssue | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    const at = locate([]);
    return issue(file, at.line, at.column, `[${index}]`, 'Expected a reference (a mapping of fields)', 'Start each reference with "- id: …".');
  }
  const type = (raw as Record<string, unknown>).type;
  if (type === undefined) {
    const at = locate([]);
    return issue(file, at.line, at.column, 'type', 'Missing required field "type"', `Add "type: journal" (or ${SOURCE_TYPES.slice(1).join(', ')}); old-format entries: run npx tsx scripts/migrate-references.ts.`);
  }
  if (typeof type === 'string' && (SOURCE_TYPES as readonly string[]).includes(type)) return undefined;
  const at = locate(['type']);
  const guess = typeof type === 'string' ? didYouMean(type, SOURCE_TYPES) : undefined;
  return issue(file, at.line, at.column, 'type', `Unknown source type ${JSON.stringify(type)}; expected one of ${SOURCE_TYPES.map((t) => `"${t}"`).join(' | ')}`, guess ? `Did you mean "${guess}"?` : `Use one of: ${SOURCE_TYPES.join(', ')}.`);
}
