/** Pure: validated corpus entries → the flat documents the search index is built from. */
import type { Entry } from '../content/build-corpus';
import { searchOf, type Area, type Kind, type Origin, type Timing } from '../content/kinds';
import { entryHref } from '../site/routes';

/** One searchable page. Every string is plain text (no Markdown, no HTML). */
export interface SearchDoc {
  id: string;
  kind: Kind;
  /** Site-relative URL of the entry page. */
  url: string;
  title: string;
  titleZh: string;
  /** Aliases, then gene symbols, drug names and trial names (strategies/biomarkers), de-duplicated. */
  aliases: string[];
  /** What the entry itself is called besides its title (a drug's codes and brand names, a trial's acronym). */
  names?: string[];
  summary: string;
  /** Heading texts of the body, in order. */
  headings: string[];
  /** Plain body text with whitespace collapsed. */
  text: string;
  origin?: Origin;
  timing?: Timing;
  area?: Area;
}

/** A search document as the browser receives it: the body text itself stays behind, only its index travels. */
export type StoredDoc = Omit<SearchDoc, 'text' | 'kind' | 'names'> & {
  /** The kind's name; the browser checks its shape, not the registry. */
  kind: string;
};

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Keeps the first of each case-insensitive duplicate, in order. */
function uniqueStrings(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const s = collapse(raw);
    const key = s.toLowerCase();
    if (s === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

/**
 * Maps entries to search documents, in the order given. Each kind's extra search terms (declared in the registry:
 * drugs and trials of strategies, gene symbols of biomarkers) are folded into `aliases`, so "pembrolizumab",
 * "KEYNOTE-024" and "CD274" match like aliases. The facets are those the kind declares.
 */
export function toSearchDocs(entries: Entry[]): SearchDoc[] {
  return entries.map((e) => {
    const { terms, names, facets } = searchOf(e);
    const doc: SearchDoc = {
      id: e.id,
      kind: e.kind,
      url: entryHref(e.kind, e.id),
      title: collapse(e.title),
      titleZh: collapse(e.titleZh),
      aliases: uniqueStrings([...e.aliases, ...terms]),
      summary: collapse(e.summary),
      headings: e.headings.map((h) => collapse(h.text)).filter((h) => h !== ''),
      text: collapse(e.text),
    };
    if (names.length) doc.names = uniqueStrings([...names]);
    if (facets.origin) doc.origin = facets.origin;
    if (facets.timing) doc.timing = facets.timing;
    if (facets.area) doc.area = facets.area;
    return doc;
  });
}
