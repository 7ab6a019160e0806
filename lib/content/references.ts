/**
 * The bibliography: content/references.yaml, a list of references validated by their own schema.
 * DOI and PMID formats are checked; an entry needs at least one of them unless it is the source review.
 */
import { z } from 'zod';
import { ID_PATTERN, type RefKey } from './ids';
import { issue, type ContentIssue } from './issues';
import { parseYaml } from './yaml';
import { zodIssueToContent } from './zod-issues';

export const DOI_PATTERN = /^10\.\d{4,9}\/[^\s]+$/;
export const PMID_PATTERN = /^[1-9]\d{0,8}$/;

export const referenceSchema = z
  .strictObject({
    /** Citation key used in <Cite id="…"/> and in `references:` frontmatter. */
    id: z.string().regex(ID_PATTERN, { error: 'Expected a kebab-case key' }),
    /** Authors as printed (Vancouver style, "et al." allowed). */
    authors: z.string().trim().min(2).max(400),
    title: z.string().trim().min(5).max(400),
    journal: z.string().trim().min(2).max(200),
    /** Publication year; may be omitted only for the source review, whose year is unverified. */
    year: z.int().min(1900).max(2100).optional(),
    /** Volume(issue):pages or article number. */
    volume: z.string().trim().max(100).optional(),
    /** DOI without the https://doi.org/ prefix. */
    doi: z
      .string()
      .regex(DOI_PATTERN, { error: 'Expected a DOI like 10.1016/j.cell.2017.01.017 (no https://doi.org/ prefix)' })
      .nullable()
      .optional(),
    /** PubMed id: digits only. null when unconfirmed. */
    pmid: z
      .union([z.int().positive(), z.string().regex(PMID_PATTERN, { error: 'Expected a PubMed id: digits only, e.g. 28187290' })])
      .nullable()
      .optional(),
    /** Where the evidence of this source comes from (NSCLC, melanoma, pan-cancer review…). */
    evidenceContext: z.string().trim().min(2).max(120),
    /** What the source supports, for authors. */
    supports: z.string().trim().min(5).max(1000),
    /** Verification notes. */
    notes: z.string().trim().max(1000).optional(),
    /** Marks the atlas's source review, whose bibliographic details could not be verified. */
    sourceReview: z.literal(true).optional(),
  })
  .refine((r) => r.sourceReview || r.doi || r.pmid, {
    error: 'A reference needs a DOI or a PMID (or both)',
    path: ['doi'],
  })
  .refine((r) => r.sourceReview || r.year !== undefined, { error: 'A reference needs its year', path: ['year'] });

export type ReferenceData = z.infer<typeof referenceSchema>;

export interface Reference extends Omit<ReferenceData, 'id' | 'pmid'> {
  id: RefKey;
  pmid: string | null;
  doiUrl: string | null;
  pubmedUrl: string | null;
}

/** Parses and validates the bibliography text. Returns every valid reference and an issue per problem. */
export function loadReferences(text: string, file = 'content/references.yaml'): {
  references: Reference[];
  /** Every key present in the file, valid or not, so one bad reference does not also fail every citation of it. */
  keys: Set<string>;
  issues: ContentIssue[];
} {
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
    if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') keys.add(raw.id);
    const parsed = referenceSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        issues.push(zodIssueToContent(zi, file, (p, key) => y.locate([index, ...p], key), Object.keys(referenceSchema.shape)));
      }
      return;
    }
    const r = parsed.data;
    const at = y.locate([index, 'id']);
    if (seen.has(r.id)) {
      issues.push(issue(file, at.line, at.column, `[${index}].id`, `Duplicate reference key "${r.id}" (first defined on line ${seen.get(r.id)})`, 'Give each reference a unique key, or delete the duplicate.'));
      return;
    }
    seen.set(r.id, at.line);
    const pmid = r.pmid == null ? null : String(r.pmid);
    references.push({
      ...r,
      id: r.id as RefKey,
      pmid,
      doiUrl: r.doi ? `https://doi.org/${r.doi}` : null,
      pubmedUrl: pmid ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : null,
    });
  });
  return { references, keys, issues };
}
