/**
 * The bibliography split into pages: articles and abstracts by the first letter of their first author (or of their
 * title when they have none), regulatory decisions on one page per agency (FDA decisions alone outgrew a fifth of the
 * bibliography), trial registrations on another. One page for all
 * 145 sources weighed 106 KB gzip and 2,068 elements; a section page stays small as the bibliography grows, and the
 * index page (/references) lists every source in one line each. Pure: references in, data for the pages out.
 */
import { AGENCIES, type Reference } from '../content/references';
import { filingCharacter, ALPHABET } from '../core/text';
import { referenceSortKey } from './cite-formats';
import { referencesSectionHref } from './routes';

export interface BibliographySection {
  /** "a"…"z", "other" (articles whose sort key starts with no Latin letter), "regulatory-fda" (one per agency), "registry". */
  key: string;
  /** "A"…"Z", "Other", "Regulatory decisions: FDA", "Trial registrations". */
  label: string;
  /** The same in Chinese ("其他", "监管决定", "试验注册记录"; letters unchanged). */
  labelZh: string;
  href: string;
  refs: Reference[];
}

const TYPE_SECTIONS: readonly { key: string; label: string; labelZh: string }[] = [
  ...Object.keys(AGENCIES).map((a) => ({
    key: `regulatory-${a.toLowerCase()}`,
    label: `Regulatory decisions: ${a}`,
    labelZh: `监管决定：${a}`,
  })),
  { key: 'registry', label: 'Trial registrations', labelZh: '试验注册记录' },
];
const SECTION_KEYS: readonly string[] = [...ALPHABET, 'other', ...TYPE_SECTIONS.map((s) => s.key)];

/** Which page a reference is on. Articles and conference abstracts go by letter; the other types have a page each. */
export function bibliographySectionKey(r: Reference): string {
  if (r.type === 'regulatory') return `regulatory-${r.agency.toLowerCase()}`;
  if (r.type === 'registry') return r.type;
  const c = filingCharacter(referenceSortKey(r));
  return c >= 'a' && c <= 'z' ? c : 'other';
}

/** Where a reference lives: "/references/s#skoulidis-2018-stk11". */
export function referenceHref(r: Reference): string {
  return referencesSectionHref(bibliographySectionKey(r), r.id);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Order within a page: decisions by agency then date, registrations by registry id, the rest by author then year. */
function compare(a: Reference, b: Reference): number {
  if (a.type === 'regulatory' && b.type === 'regulatory')
    return a.agency.localeCompare(b.agency) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  if (a.type === 'registry' && b.type === 'registry') return collator.compare(a.registryId, b.registryId) || a.id.localeCompare(b.id);
  const year = (r: Reference) => ('year' in r && r.year ? r.year : 0);
  return collator.compare(referenceSortKey(a), referenceSortKey(b)) || year(a) - year(b) || a.id.localeCompare(b.id);
}

/** Every non-empty section, letters first (A–Z, Other), then regulatory decisions and trial registrations. */
export function buildBibliography(refs: readonly Reference[]): BibliographySection[] {
  const grouped = new Map<string, Reference[]>(SECTION_KEYS.map((k) => [k, []]));
  for (const r of refs) grouped.get(bibliographySectionKey(r))!.push(r);
  return SECTION_KEYS.filter((k) => grouped.get(k)!.length).map((key) => ({
    key,
    label: TYPE_SECTIONS.find((s) => s.key === key)?.label ?? (key === 'other' ? 'Other' : key.toUpperCase()),
    labelZh: TYPE_SECTIONS.find((s) => s.key === key)?.labelZh ?? (key === 'other' ? '其他' : key.toUpperCase()),
    href: referencesSectionHref(key),
    refs: grouped.get(key)!.sort(compare),
  }));
}
