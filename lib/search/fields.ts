/**
 * The searchable fields and how much a match in each weighs: shared by the index writer (build time) and the
 * engine (browser). Free of flexsearch, so the browser's engine does not carry it.
 */
import type { StoredDoc } from './documents';

export const FIELDS = ['title', 'titleZh', 'aliases', 'summary', 'headings', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** Fields built from the stored document (all but the body text). */
export type StoredField = Exclude<Field, 'text'>;
export const STORED_FIELDS: readonly StoredField[] = ['title', 'titleZh', 'aliases', 'summary', 'headings'];

/**
 * Weight of a whole-word match per field. Titles and aliases (names, abbreviations, drugs, trials) rank
 * above the summary, which ranks above headings and body text.
 */
export const FIELD_WEIGHT: Record<Field, number> = {
  title: 100,
  titleZh: 100,
  aliases: 90,
  summary: 35,
  headings: 25,
  text: 10,
};

/**
 * Fields indexed with every prefix of every token ("forward"), so a half-typed word finds a title. Summary and
 * body are indexed by whole tokens only: prefixes of long texts would multiply the index size for little gain.
 */
export const PREFIX_FIELDS = ['title', 'titleZh', 'aliases', 'headings'] as const satisfies readonly Field[];
export type PrefixField = (typeof PREFIX_FIELDS)[number];

/** A prefix match counts this fraction of a whole-word match. */
export const PREFIX_FACTOR = 0.6;

/** Separator between list items in one field: not a joiner, so "LKB1 | 2" never becomes "lkb12". */
const LIST_SEPARATOR = ' | ';

/** The text of one stored field of a document, as indexed. */
export function fieldText(doc: Pick<StoredDoc, StoredField>, field: StoredField): string {
  switch (field) {
    case 'aliases':
      return doc.aliases.join(LIST_SEPARATOR);
    case 'headings':
      return doc.headings.join(LIST_SEPARATOR);
    default:
      return doc[field];
  }
}

/** Number of score slots of the body index. */
export const RESOLUTION = 9;

/** Occurrences of a token in a document's body, from the slot it was found in (1–9, 9 meaning "9 or more"). */
export function frequencyOfSlot(slot: number): number {
  return RESOLUTION - slot;
}
