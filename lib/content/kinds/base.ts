/**
 * The frontmatter every kind shares, and the small field builders kind files use. Strict: an unknown key is an
 * error, never ignored. The JSDoc on each field is what authors see in their editor; keep it accurate.
 */
import { z } from 'zod';
import { EVIDENCE_CONTEXTS } from '../vocabulary';
import { chinese, id, idList, isoDate, text } from './base-fields';
import { statementSchema } from './evidence';

export { chinese, id, idList, isoDate, text } from './base-fields';

export const baseEntry = z.strictObject({
  /** English title, as it appears in the page heading and search results. */
  title: text(3, 120),
  /** Chinese name, shown beside the title and searched. Must contain Chinese characters. */
  titleZh: chinese(80, 'titleZh'),
  /** Synonyms, abbreviations, gene aliases, drug codes, trial names and Chinese terms a reader might type. */
  aliases: z.array(text(1, 80)).default([]),
  /** One paragraph for a clinician: what this is and why it matters for checkpoint-inhibitor resistance. */
  summary: text(40, 600),
  /** Other entries worth reading next (any kind). */
  related: idList.default([]),
  /** Bibliography keys (content/references.yaml) this entry rests on. At least one. */
  references: z.array(id).min(1, { error: 'Expected at least one reference key' }),
  /** Where the evidence comes from: nsclc | mixed | other-cancers | preclinical | general. */
  evidenceContext: z.enum(EVIDENCE_CONTEXTS),
  /** One or two sentences saying which findings are NSCLC-specific and which are extrapolated. */
  evidenceNote: text(10, 500).optional(),
  /** Date of the last review of this entry against its sources (YYYY-MM-DD). */
  lastReviewed: isoDate,
  /** Position in lists (ascending); entries without it sort by title after those with it. */
  order: z.int().min(0).max(10000).optional(),
  /** Graded evidence statements about this entry (see lib/content/kinds/evidence.ts and /evidence). */
  evidence: z.array(statementSchema).default([]),
});

/** The `related` relation every kind has. */
export const RELATED = {
  target: null,
  label: 'related to',
  inverse: 'related to',
  labelZh: '相关',
  inverseZh: '相关',
  sameFactAs: undefined,
  description: 'Entries worth reading next (any kind).',
} as const;

/** `value` in the page's language: the English (as enumText shows it) or its Chinese from `zh`. */
export function enumLabel<V extends string>(value: V, locale: 'en' | 'zh', zh: Record<V, string>): string {
  return locale === 'zh' ? zh[value] : enumText(value);
}

/** Replaces the first hyphen with a space ("growth-factor" → "growth factor"), as enum values are shown. */
export function enumText(value: string): string {
  return value.replace('-', ' ');
}
